package org.hallkiosk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.aids.KioskAids;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.config.Layout;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.ui.aids.AidsBar;
import org.hallkiosk.ui.aids.PrintPreviewView;
import org.hallkiosk.ui.aids.PrintPreviewViewModel;
import org.hallkiosk.ui.aids.QrView;
import org.hallkiosk.ui.aids.QrViewModel;
import org.hallkiosk.ui.aids.ReadAloud;
import org.hallkiosk.ui.attachment.AttachmentView;
import org.hallkiosk.ui.attachment.AttachmentViewModel;
import org.hallkiosk.ui.attract.AttractView;
import org.hallkiosk.ui.attract.AttractViewModel;
import org.hallkiosk.ui.column.ColumnView;
import org.hallkiosk.ui.column.ColumnViewModel;
import org.hallkiosk.ui.home.HomeView;
import org.hallkiosk.ui.home.HomeViewModel;
import org.hallkiosk.ui.idle.IdleGuard;
import org.hallkiosk.ui.idle.IdleWarningView;
import org.hallkiosk.ui.idle.WarningTone;
import org.hallkiosk.ui.reader.ItemScreen;
import org.hallkiosk.ui.reader.ItemViewModel;
import org.hallkiosk.ui.search.KeyboardInput;
import org.hallkiosk.ui.search.SearchView;
import org.hallkiosk.ui.search.SearchViewModel;
import org.hallkiosk.ui.staff.PinPadView;
import org.hallkiosk.ui.staff.PinPadViewModel;
import org.hallkiosk.ui.staff.StaffEntry;
import org.hallkiosk.ui.staff.StaffTools;
import org.hallkiosk.ui.staff.StaffView;

/**
 * The frame around every screen: the navigation bar (back, home, the screen's title, 长辈模式 and high
 * contrast, always in reach), the current screen, the staff notice, and the idle warning on top.
 */
public final class KioskShell extends StackPane {

    private final KioskContext context;
    private final IdleGuard idle;
    private final FirstPaint warmUp;
    /** Set by {@link #enableStaff}; until then (and in visitor-only tests) there is no staff entry. */
    private final StaffTools[] staff = new StaffTools[1];
    private Label configNotice;
    private StaffEntry staffEntry;
    private boolean disposed;

    /**
     * @param configProblems problems of the config the kiosk could not use; non-empty shows staff a notice
     */
    public KioskShell(String hallName, Layout layout, Mirror mirror, UiTaskExecutor tasks,
                      List<ConfigProblem> configProblems) {
        this(hallName, layout, mirror, tasks, configProblems, KioskAids.none());
    }

    /** @param aids the speech engine and printer of this kiosk (see docs/readme/aids.md) */
    public KioskShell(String hallName, Layout layout, Mirror mirror, UiTaskExecutor tasks,
                      List<ConfigProblem> configProblems, KioskAids aids) {
        this(hallName, layout, mirror, tasks, configProblems, aids, KeyboardInput.installed());
    }

    /** @param keyboard what the search keyboard types with (a given handwriting recogniser, in tests) */
    public KioskShell(String hallName, Layout layout, Mirror mirror, UiTaskExecutor tasks,
                      List<ConfigProblem> configProblems, KioskAids aids, KeyboardInput keyboard) {
        this(hallName, layout, mirror, tasks, configProblems, aids, keyboard, new Place.Attract());
    }

    /**
     * @param first the first screen: the attract screen, or home on a start after a crash (then the attract
     *              screen is not built at all before the first paint)
     */
    public KioskShell(String hallName, Layout layout, Mirror mirror, UiTaskExecutor tasks,
                      List<ConfigProblem> configProblems, KioskAids aids, KeyboardInput keyboard, Place first) {
        DisplayMode display = new DisplayMode();
        display.reset(layout);
        KioskContext[] holder = new KioskContext[1];
        Navigator navigator = new Navigator(place -> screenFor(holder[0], place, staff));
        this.context = new KioskContext(hallName, layout, mirror, tasks, navigator, display, aids,
                new ReadAloud(aids, tasks, mirror), keyboard);
        holder[0] = context;
        // Choose the speech engine and read the handwriting model (a second of CPU) before the first visitor
        // opens an item or writes, but after the first screen is painted: not beside building it. On a thread
        // of its own, so that the screens' tasks never queue behind it; either loads by itself when used first.
        this.warmUp = FirstPaint.after(this, () -> warmUp(aids, keyboard));
        this.idle = new IdleGuard(layout.idleTimeout(), layout.idleWarning(), navigator::reset);
        getStyleClass().add("kiosk");

        StackPane content = new StackPane();
        HBox bar = navBar(navigator, display);
        HBox switches = new HBox(readAloudSwitch(context.readAloud()),
                DisplayToggles.largeText(display, "largeTextToggle"),
                DisplayToggles.highContrast(display, "contrastToggle"));
        switches.getStyleClass().add("switches");
        switches.setAlignment(Pos.CENTER_RIGHT);
        switches.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().add(switches);
        FlowPane lowerBar = new FlowPane();
        lowerBar.getStyleClass().addAll("nav-bar", "lower-bar");
        lowerBar.setId("lowerBar");
        lowerBar.setAlignment(Pos.CENTER);
        lowerBar.setVisible(false);
        lowerBar.setManaged(false);
        Region notice = staffNotice(configProblems);
        // Where the top bar cannot hold 返回, 首页, the title and the switches in one row (长辈模式 on a narrow or
        // small screen) the switches move to a bar at the bottom, so the top bar stays one row high.
        BorderPane frame = new BorderPane(content) {
            @Override
            protected void layoutChildren() {
                placeSwitches(bar, switches, lowerBar, getWidth());
                super.layoutChildren();
            }
        };
        frame.setTop(bar);
        frame.setBottom(new VBox(lowerBar, notice));
        getChildren().addAll(frame, new IdleWarningView(idle));

        navigator.current().addListener((o, was, now) -> content.getChildren().setAll(now.view()));
        // any change of screen, the idle reset included, stops a reading
        navigator.current().addListener((o, was, now) -> context.readAloud().follow(now));
        navigator.place().addListener((o, was, now) -> {
            boolean attract = now instanceof Place.Attract;
            bar.setVisible(!attract);
            bar.setManaged(!attract);
            lowerBar.setVisible(!attract && !lowerBar.getChildren().isEmpty());
            lowerBar.setManaged(lowerBar.isVisible());
            boolean home = now instanceof Place.Home;
            notice.setVisible(home && Boolean.TRUE.equals(notice.getUserData()));
            notice.setManaged(notice.isVisible());
            if (attract) {
                display.reset(layout); // the next visitor meets the hall's default text size and colours
                context.readAloud().autoRead().set(false);
                keyboard.reset(); // and the keyboard's default mode
            }
            idle.setArmed(!attract);
        });
        addEventFilter(InputEvent.ANY, e -> idle.activity());
        // the warning also sounds a short chime (layout.yaml idle.warning_tone), off the FX thread
        idle.warningShown().addListener((o, was, shown) -> {
            if (shown && layout.warningTone()) {
                tasks.runQuietly(WarningTone::play);
            }
        });
        navigator.go(first);
    }

    private static void warmUp(KioskAids aids, KeyboardInput keyboard) {
        Thread t = new Thread(() -> {
            try {
                aids.speech();
                keyboard.warmUp();
            } catch (RuntimeException | Error e) {
                BackgroundFailures.report("reading aids warm-up", e);
            }
        }, "aids-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Applies the theme to the scene root this shell is placed in (call once it has a scene root). */
    public void applyTheme(Parent root) {
        context.display().applyTo(root);
    }

    public KioskContext context() {
        return context;
    }

    public IdleGuard idleGuard() {
        return idle;
    }

    /**
     * Opens the hidden staff entry: a long press on the hall's name shows the PIN pad. Call once, on the FX
     * thread; the staff panel's notice shows problems of refused config edits.
     */
    public void enableStaff(StaffTools tools) {
        staff[0] = tools;
        staffEntry = StaffEntry.install(this, tools.settings().longPress(),
                () -> context.navigator().go(new Place.StaffPin()));
    }

    /**
     * Ends this shell (a hot reload replaced it, the kiosk stops, a test is over): the idle guard and the
     * staff entry's timers stop, a reading stops, and every screen in the history is disposed (the attract
     * screen's rotation with it). Nothing of the shell runs afterwards, so nothing keeps it alive. Call on
     * the FX thread, once it is no longer shown; calling again does nothing.
     */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        warmUp.cancel();
        idle.dispose();
        if (staffEntry != null) {
            staffEntry.dispose();
        }
        if (staff[0] != null) {
            staff[0].close();
        }
        context.readAloud().dispose();
        context.navigator().dispose();
    }

    /** Shows staff the problems of a config edit that was refused while running (empty: hides the notice). */
    public void showConfigProblems(List<ConfigProblem> problems) {
        if (staff[0] != null) {
            staff[0].configNotice().set(List.copyOf(problems));
        }
        configNotice.setText(problems.isEmpty() ? "" : Messages.get("ui.staff.reloadRefused", problems.size(),
                problems.get(0).toString()));
        Region box = (Region) configNotice.getParent();
        boolean home = context.navigator().place().get() instanceof Place.Home;
        box.setUserData(!problems.isEmpty());
        box.setVisible(home && !problems.isEmpty());
        box.setManaged(box.isVisible());
    }

    private static Screen screenFor(KioskContext ctx, Place place, StaffTools[] staff) {
        if (staff[0] != null && place instanceof Place.StaffPin) {
            return new PinPadView(new PinPadViewModel(ctx, staff[0]));
        } else if (staff[0] != null && place instanceof Place.Staff) {
            return new StaffView(ctx, staff[0], () -> ctx.navigator().reset());
        } else if (place instanceof Place.Home) {
            return new HomeView(new HomeViewModel(ctx));
        } else if (place instanceof Place.ColumnList c) {
            return new ColumnView(new ColumnViewModel(ctx, c.columnId()));
        } else if (place instanceof Place.Item i) {
            return new ItemScreen(new ItemViewModel(ctx, i.itemId()), ctx);
        } else if (place instanceof Place.Attachment a) {
            return new AttachmentView(new AttachmentViewModel(ctx, a.sha256(), a.name()));
        } else if (place instanceof Place.Search s) {
            return new SearchView(new SearchViewModel(ctx, s.query()));
        } else if (place instanceof Place.QrCode q) {
            return new QrView(new QrViewModel(ctx, q.itemId()));
        } else if (place instanceof Place.PrintPreview p) {
            return new PrintPreviewView(new PrintPreviewViewModel(ctx, p.itemId()), ctx.tasks());
        }
        return new AttractView(new AttractViewModel(ctx));
    }

    private HBox navBar(Navigator navigator, DisplayMode display) {
        Button back = new Button(Messages.get("ui.nav.back"), Icons.icon("back"));
        back.setId("backButton");
        back.setOnAction(e -> navigator.back());
        back.visibleProperty().bind(navigator.canGoBack());
        back.managedProperty().bind(navigator.canGoBack());
        Button home = new Button(Messages.get("ui.nav.home"), Icons.icon("home"));
        home.setId("homeButton");
        home.setOnAction(e -> navigator.home());
        home.visibleProperty().bind(navigator.canGoBack());
        home.managedProperty().bind(navigator.canGoBack());
        Label title = new Label();
        title.getStyleClass().add("title");
        navigator.current().addListener((o, was, now) -> {
            title.textProperty().unbind();
            title.textProperty().bind(now.title());
        });
        // On the home screen the title is the hall's name, and holding it is the staff entry too.
        navigator.place().addListener((o, was, now) -> {
            title.getStyleClass().remove(StaffEntry.BAR_STYLE_CLASS);
            if (now instanceof Place.Home) {
                title.getStyleClass().add(StaffEntry.BAR_STYLE_CLASS);
            }
        });
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        // One line: where the bar is too narrow for the whole title it steps aside rather than show "…" or
        // make the bar taller; every screen repeats it in its own heading.
        title.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> title.getWidth() + 0.5 >= title.prefWidth(-1), title.widthProperty(), title.fontProperty(),
                title.textProperty()));

        for (var b : List.of(back, home)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(back, home, title);
        bar.getStyleClass().add("nav-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * Puts the switches in the top bar when it holds them beside 返回, 首页 and a few characters of title, else
     * in the lower bar. Their widths do not depend on which bar holds them (both are nav bars), so the choice
     * is stable from one layout pass to the next.
     */
    private static void placeSwitches(HBox bar, HBox switches, FlowPane lowerBar, double width) {
        List<Node> buttons = new ArrayList<>(switches.getChildren());
        buttons.addAll(lowerBar.getChildren());
        Label title = null;
        double needed = bar.snappedLeftInset() + bar.snappedRightInset();
        int shown = 0;
        for (Node n : bar.getChildren()) {
            if (n instanceof Label l) {
                title = l;
            } else if (n != switches && n.isManaged()) {
                needed += n.prefWidth(-1);
                shown++;
            }
        }
        for (Node n : buttons) {
            if (n.isManaged()) {
                needed += n.prefWidth(-1);
                shown++;
            }
        }
        double em = title == null ? 0 : title.getFont().getSize();
        needed += shown * bar.getSpacing() + 4 * em;
        boolean below = needed > width;
        if (below && !switches.getChildren().isEmpty()) {
            switches.getChildren().clear();
            lowerBar.getChildren().setAll(buttons);
        } else if (!below && !lowerBar.getChildren().isEmpty()) {
            lowerBar.getChildren().clear();
            switches.getChildren().setAll(buttons);
        }
        lowerBar.setVisible(bar.isVisible() && !lowerBar.getChildren().isEmpty());
        lowerBar.setManaged(lowerBar.isVisible());
    }

    /** The read-aloud switch in the bar: shown only on a screen that can be read, when an engine works. */
    private static ToggleButton readAloudSwitch(ReadAloud readAloud) {
        ToggleButton t = AidsBar.readAloudToggle(readAloud, "readAloudSwitch");
        t.visibleProperty().bind(readAloud.offered());
        t.managedProperty().bind(readAloud.offered());
        return t;
    }

    private Region staffNotice(List<ConfigProblem> problems) {
        String first = problems.isEmpty() ? "" : problems.get(0).toString();
        Label text = Texts.wrapping(Messages.get("ui.staff.configNotice", problems.size(), first));
        configNotice = text;
        HBox box = new HBox(text);
        box.setUserData(!problems.isEmpty());
        box.setId("staffNotice");
        box.getStyleClass().add("staff-notice");
        box.setVisible(false);
        box.setManaged(false);
        return box;
    }
}
