package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.config.Layout;
import org.hallkiosk.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every screen of the tour (visitor and staff screens, the reading aids' viewer, QR code and print preview
 * included) on the four screen sizes halls have (1920×1080, 1080×1920, 1366×768, 1280×1024), in Chinese and
 * English, at both text sizes and in both themes. A screen fails when:
 * <ul>
 * <li>a shown node leaves the window, or leaves sideways the viewport of the scroll pane it is in (a scroll pane
 * scrolls only up and down);</li>
 * <li>a label or button shows no text, or a cut one (an ellipsis, zero width);</li>
 * <li>the top bar is taller than a fifth of the screen;</li>
 * <li>a button is below product.md's touch size, text below the body minimum (18 pt = 24 px; 30 pt = 40 px in
 * 长辈模式), or wrapped text without extra line spacing.</li>
 * </ul>
 * One stage is reused and resized; each screen is opened once per size and language and then measured in
 * every look, as a visitor switching 长辈模式 on it would see it.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenFitTest {

    static final double BODY_PX = 24;
    static final double LARGE_BODY_PX = 40;
    static final double TARGET_PX = 44;
    static final double LARGE_TARGET_PX = 60;
    /** Rounding of layout to whole pixels. */
    static final double SLACK = 1.0;

    static final int[][] SIZES = {{1920, 1080}, {1080, 1920}, {1366, 768}, {1280, 1024}};
    /** English, whose words are longer, on the two narrowest sizes: where a longer word breaks a layout. */
    static final int[][] ENGLISH_SIZES = {{1080, 1920}, {1366, 768}};
    /**
     * Both text sizes, and high contrast at the large size: the theme changes colours, not sizes (its borders
     * are as wide as the standard ones), so contrast at the larger size covers it at both.
     */
    static final List<ScreenTour.Look> LOOKS = List.of(
            new ScreenTour.Look("", Layout.TextSize.STANDARD, Layout.Contrast.STANDARD),
            new ScreenTour.Look("-large", Layout.TextSize.LARGE, Layout.Contrast.STANDARD),
            new ScreenTour.Look("-large-contrast", Layout.TextSize.LARGE, Layout.Contrast.HIGH));

    @TempDir
    static Path data;

    static SampleKiosk kiosk;
    KioskShell shell;

    @BeforeAll
    static void importSample() {
        kiosk = new SampleKiosk(data);
    }

    @AfterAll
    static void close() {
        kiosk.close();
    }

    @Start
    void start(Stage stage) {
        // with a speech engine, so that the 朗读 buttons are measured too
        shell = TestShells.build("大厅", kiosk.layout(), kiosk.mirror(), kiosk.tasks, List.of(),
                KioskAids.withoutPrinter(new SlowSpeech(0)));
        shell.enableStaff(kiosk.staffTools(() -> { }));
        // Laid out, not rasterized: measuring needs CSS and layout only, and the software renderer drawing
        // every pulse on a 2-core build machine would make most of the test's time.
        new Scene(shell, 1280, 800);
        shell.applyTheme(shell);
    }

    @Test
    void everyScreenFitsEveryHallScreen() {
        List<String> problems = new ArrayList<>();
        int checkedTexts = 0;
        long started = System.nanoTime();
        int screens = 0;
        try {
            for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                for (int[] size : locale == Locale.ENGLISH ? ENGLISH_SIZES : SIZES) {
                    // -Dfit.only=1080x1920 measures one size while working on a screen
                    String only = System.getProperty("fit.only");
                    if (only != null && !only.equals(size[0] + "x" + size[1])) {
                        continue;
                    }
                    checkedTexts += tour(size[0], size[1], locale, problems);
                    screens += ScreenTour.STOPS.size();
                }
            }
        } finally {
            Messages.setLocale(Messages.CHINESE);
        }
        // a figure for the build log, not an assertion: the test runs in every build
        System.out.printf("ScreenFitTest: %d screens × %d looks, %d texts, measured in %.1f s%n", screens,
                LOOKS.size(), checkedTexts, (System.nanoTime() - started) / 1e9);
        assertThat(checkedTexts).as("texts checked").isGreaterThan(System.getProperty("fit.only") == null ? 2000 : 200);
        assertThat(problems).isEmpty();
    }

    /** The check fails a layout that leaves the window, a scroll viewport, a label without text, a tall bar. */
    @Test
    void aBrokenLayoutFails() {
        resize(1080, 1920);
        FxWait.onFx(() -> {
            shell.context().navigator().home();
            return null;
        });
        List<String> tooWide = problemsWith(() -> {
            Region r = new Region();
            r.setMinSize(1500, 10);
            return r;
        });
        List<String> wideInScroll = problemsWith(() -> {
            Region r = new Region();
            r.setMinSize(1500, 10);
            ScrollPane scroll = Touch.kinetic(new ScrollPane(new VBox(r)));
            scroll.setMaxSize(400, 200);
            return scroll;
        });
        List<String> squeezed = problemsWith(() -> {
            Label l = new Label("政策文件");
            l.setMinWidth(0);
            l.setMaxWidth(0);
            return new HBox(l);
        });
        // a label squeezed below its text's height: the text is cut at the bottom (no ellipsis to see)
        List<String> lowLabel = problemsWith(() -> {
            Label l = Texts.fixed("申请材料", "h2");
            l.setMinHeight(0);
            l.setMaxHeight(8);
            return new VBox(l);
        });
        // a label whole itself, but inside a box that clips it (as a squeezed tile row does)
        List<String> clippedByParent = problemsWith(() -> {
            Label l = Texts.fixed("办事指南", "h2");
            VBox box = new VBox(l);
            box.setMinHeight(0);
            box.setMaxHeight(12);
            box.setClip(new Rectangle(400, 12));
            return new VBox(box);
        });
        // a label that hangs out of a box too low for it, over whatever lies below
        List<String> outOfParent = problemsWith(() -> {
            Label l = Texts.fixed("政策解读", "h2");
            l.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(l);
            box.setMinHeight(0);
            box.setMaxHeight(10);
            return new VBox(box);
        });
        List<String> tallBar = problemsWith(() -> {
            ((Region) shell.lookup(".nav-bar")).setMinHeight(1920 / 4.0);
            return new Region();
        });
        assertThat(tooWide).anyMatch(p -> p.contains("leaves the window"));
        assertThat(wideInScroll).anyMatch(p -> p.contains("leaves its scroll viewport sideways"));
        assertThat(squeezed).anyMatch(p -> p.contains("shows no text") && p.contains("政策文件"));
        assertThat(tallBar).anyMatch(p -> p.contains("top bar"));
        assertThat(lowLabel).anyMatch(p -> p.contains("clipped") && p.contains("申请材料") && p.contains("shown in"));
        assertThat(clippedByParent).anyMatch(p -> p.contains("clipped") && p.contains("办事指南")
                && p.contains("by the clip of"));
        assertThat(outOfParent).anyMatch(p -> p.contains("clipped") && p.contains("政策解读")
                && p.contains("out of its parent"));
    }

    /** What the check finds on the home screen with {@code broken} laid over it (then taken away again). */
    private List<String> problemsWith(Supplier<Node> broken) {
        return FxWait.onFx(() -> {
            Node node = broken.get();
            if (node instanceof Region r) {
                r.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            }
            node.setMouseTransparent(true);
            shell.getChildren().add(node);
            try {
                List<String> found = new ArrayList<>();
                shell.resize(1080, 1920);
                shell.applyCss();
                shell.layout();
                check(shell, 1080, 1920, "broken", false, found);
                return found;
            } finally {
                shell.getChildren().remove(node);
                ((Region) shell.lookup(".nav-bar")).setMinHeight(Region.USE_COMPUTED_SIZE);
            }
        });
    }

    /** Back to the attract screen, where the idle guard sleeps: no timer of this shell outlives the test. */
    @org.junit.jupiter.api.AfterEach
    void endVisit() {
        FxWait.onFx(() -> {
            shell.context().navigator().reset();
            return null;
        });
    }

    /** One scene of {@code width}×{@code height} around the shell (a root belongs to one scene at a time). */
    private void resize(int width, int height) {
        FxWait.onFx(() -> {
            shell.getScene().setRoot(new Group());
            new Scene(shell, width, height);
            shell.resize(width, height);
            shell.applyCss();
            shell.layout();
            return null;
        });
    }

    /** Every stop in every look on a screen of {@code width}×{@code height}; returns the texts checked. */
    private int tour(int width, int height, Locale locale, List<String> problems) {
        Messages.setLocale(locale);
        resize(width, height);
        int texts = 0;
        for (ScreenTour.Stop stop : ScreenTour.STOPS) {
            ScreenshotRenderer.visit(shell, kiosk.tasks, stop, LOOKS.get(0));
            for (ScreenTour.Look look : LOOKS) {
                boolean large = look.textSize() == Layout.TextSize.LARGE;
                String where = width + "×" + height + " " + locale + " " + stop.name() + look.suffix();
                texts += FxWait.onFx(() -> {
                    look.apply(shell);
                    shell.resize(width, height);
                    shell.applyCss();
                    shell.layout();
                    // a second pass: some screens rearrange once they know their size (tiles, bars)
                    shell.applyCss();
                    shell.layout();
                    return check(shell, width, height, where, large, problems);
                });
            }
        }
        return texts;
    }

    static int check(Parent root, double width, double height, String where, boolean large, List<String> problems) {
        double minText = large ? LARGE_BODY_PX : BODY_PX;
        double minTarget = large ? LARGE_TARGET_PX : TARGET_PX;
        int texts = 0;
        Node bar = root.lookup(".nav-bar");
        if (bar instanceof Region r && shownAllTheWay(r) && r.getHeight() > height / 5 + SLACK) {
            problems.add(where + ": the top bar is " + (int) r.getHeight() + " px high, more than a fifth of "
                    + (int) height);
        }
        Set<Node> leaving = new HashSet<>();
        for (Node n : shown(root)) {
            // only the outermost node that leaves is named: its children go with it
            String outside = leaving.contains(n.getParent()) ? null : outside(n, width, height);
            if (leaving.contains(n.getParent()) || outside != null) {
                leaving.add(n);
            }
            if (outside != null) {
                problems.add(where + ": " + describe(n) + " " + outside);
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                    && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                Text shownText = null;
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t) {
                        shownText = t;
                    }
                }
                String s = shownText == null || !shownText.isVisible() ? "" : shownText.getText();
                if (s.isEmpty() || s.equals("…") || s.equals("...") || l.getWidth() < 1) {
                    problems.add(where + ": shows no text: \"" + l.getText() + "\"");
                } else if (!l.getText().equals(s)) {
                    problems.add(where + ": cut off: \"" + l.getText() + "\" shows as \"" + s + "\"");
                } else {
                    String clipped = clipped(l, shownText);
                    if (clipped != null) {
                        problems.add(where + ": clipped: \"" + l.getText() + "\" " + clipped);
                    }
                }
            }
            // Line spacing: the font's own line height (about 1.45 em for Noto Sans CJK) plus at least 0.3 em.
            if (n instanceof Labeled l && l.isWrapText() && l.getLineSpacing() < 0.3 * l.getFont().getSize() - 0.01) {
                problems.add(where + ": line spacing " + l.getLineSpacing() + " for \"" + l.getText() + "\"");
            }
            if (n instanceof TextFlow f && !f.getChildren().isEmpty()
                    && f.getChildren().get(0) instanceof Text first
                    && f.getLineSpacing() < 0.3 * first.getFont().getSize() - 0.01) {
                problems.add(where + ": line spacing " + f.getLineSpacing() + " in \"" + first.getText() + "\"");
            }
            if (n instanceof ButtonBase b
                    && (b.getWidth() < minTarget - 0.5 || b.getHeight() < minTarget - 0.5)) {
                problems.add(where + ": button too small " + (int) b.getWidth() + "×" + (int) b.getHeight() + ": "
                        + describe(b));
            }
            if ((n.getStyleClass().contains("item-row") || n.getStyleClass().contains("search-bar"))
                    && n instanceof Region r
                    && r.getHeight() < minTarget) {
                problems.add(where + ": row too low: " + r.getHeight());
            }
            if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
                texts++;
                if (t.getFont().getSize() < minText - 0.01) {
                    problems.add(where + ": text " + t.getFont().getSize() + " px < " + minText + ": \""
                            + t.getText() + "\"");
                }
            }
        }
        return texts;
    }

    /**
     * Null when {@code n} is where a visitor can reach it: inside the window, or inside the nearest scroll
     * pane's width (scrolling up and down reaches the rest); else what is wrong.
     */
    private static String outside(Node n, double width, double height) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() <= 0 && b.getHeight() <= 0) {
            return null;
        }
        ScrollPane scroll = null;
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                scroll = sp;
                break;
            }
        }
        if (scroll == null) {
            if (b.getMinX() < -SLACK || b.getMinY() < -SLACK || b.getMaxX() > width + SLACK
                    || b.getMaxY() > height + SLACK) {
                return "leaves the window: " + box(b);
            }
            return null;
        }
        if (scroll.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER) {
            return null; // a pane that scrolls sideways too (a page of a PDF): the finger reaches everything
        }
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        if (b.getMinX() < view.getMinX() - SLACK || b.getMaxX() > view.getMaxX() + SLACK) {
            return "leaves its scroll viewport sideways: " + box(b) + " in " + box(view);
        }
        return null;
    }

    /**
     * Null when the whole of {@code l}'s text is shown; else how it is cut: by the skin's clip when the label is
     * lower than its text, by hanging out of the label, by the clip of a parent on the way up to the page it is
     * on (a scroll pane's viewport only scrolls, so the walk stops at its content), or by hanging out of its own
     * parent over what lies beside it. What must be shown is the ink, not the whole line box: the font's line
     * (1.45 em for Noto Sans CJK) has room above the glyphs and a little below, which a tight key may shave off
     * without cutting a stroke.
     */
    private static String clipped(Labeled l, Text text) {
        Bounds ink = ink(text);
        if (text.getClip() != null && !within(ink, text.getClip().getBoundsInParent())) {
            return String.format("ink %.0f..%.0f shown in %.0f..%.0f of the text", ink.getMinY(), ink.getMaxY(),
                    text.getClip().getBoundsInParent().getMinY(), text.getClip().getBoundsInParent().getMaxY());
        }
        Bounds inScene = text.localToScene(ink);
        if (!within(inScene, l.localToScene(l.getLayoutBounds()))) {
            return "out of its label: " + box(inScene) + " in " + box(l.localToScene(l.getLayoutBounds()));
        }
        Node content = null;
        for (Parent p = l.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                content = sp.getContent();
                break;
            }
        }
        boolean first = true;
        for (Parent p = l.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null && !within(inScene, p.localToScene(p.getClip().getBoundsInParent()))) {
                return "by the clip of " + describe(p) + ": " + box(inScene) + " in "
                        + box(p.localToScene(p.getClip().getBoundsInParent()));
            }
            // the label's own parent: text that hangs out of its box overlaps what comes next
            if (first && p instanceof Region r && !within(inScene, r.localToScene(r.getLayoutBounds()))) {
                return "out of its parent " + describe(p) + ": " + box(inScene) + " in "
                        + box(r.localToScene(r.getLayoutBounds()));
            }
            first = false;
            if (p == content) {
                break;
            }
        }
        return null;
    }

    /** The descent of each font's line, measured once: the line box below the baseline. */
    private static final Map<Font, Double> DESCENT = new HashMap<>();

    /**
     * Where {@code text}'s glyphs are, in its own coordinates: from 0.9 em above the first baseline (the top of
     * a Chinese character; capitals are lower) to 0.25 em below the last (Latin descenders; Chinese ends at
     * 0.12 em), the whole width.
     */
    private static Bounds ink(Text text) {
        Bounds all = text.getLayoutBounds();
        double size = text.getFont().getSize();
        double descent = DESCENT.computeIfAbsent(text.getFont(), f -> {
            Text one = new Text("国g");
            one.setFont(f);
            return one.getLayoutBounds().getHeight() - one.getBaselineOffset();
        });
        double top = Math.max(all.getMinY(), all.getMinY() + text.getBaselineOffset() - 0.9 * size);
        // the line spacing of a label's text is laid below its last line too
        double bottom = Math.min(all.getMaxY(), all.getMaxY() - text.getLineSpacing() - descent + 0.25 * size);
        return new BoundingBox(all.getMinX(), top, all.getWidth(), Math.max(0, bottom - top));
    }

    private static boolean within(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - SLACK && inner.getMaxX() <= outer.getMaxX() + SLACK
                && inner.getMinY() >= outer.getMinY() - SLACK && inner.getMaxY() <= outer.getMaxY() + SLACK;
    }

    private static String box(Bounds b) {
        return String.format("[%.0f..%.0f × %.0f..%.0f]", b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY());
    }

    private static String describe(Node n) {
        if (n.getId() != null) {
            return "#" + n.getId();
        }
        if (n instanceof Labeled l && l.getText() != null) {
            return n.getClass().getSimpleName() + " \"" + l.getText() + "\"";
        }
        if (n instanceof Text t) {
            return "text \"" + t.getText() + "\"";
        }
        return n.getClass().getSimpleName() + n.getStyleClass();
    }

    private static boolean shownAllTheWay(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every node a visitor can see: visible itself and all the way up. */
    private static List<Node> shown(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
