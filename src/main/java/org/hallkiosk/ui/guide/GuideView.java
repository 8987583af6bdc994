package org.hallkiosk.ui.guide;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Pair;
import org.hallkiosk.content.Faq;
import org.hallkiosk.content.GuideDetails;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.content.Material;
import org.hallkiosk.content.Step;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;
import org.hallkiosk.ui.ItemRows;
import org.hallkiosk.ui.Pager;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.Touch;
import org.hallkiosk.ui.aids.ReadAlong;
import org.hallkiosk.ui.reader.MarkdownView;

/**
 * A service guide: what it is, who may apply, the materials as a checklist the visitor can tick, the steps
 * as a numbered flow, time limits, fee, place, hours, phones and FAQ. Buttons at the top jump to each part.
 */
public final class GuideView implements Screen {

    private final ScrollPane root;
    private final VBox page = new VBox();
    /** The section chips, in a bar above the page that stays while the page scrolls. */
    private final HBox jumps = new HBox();
    private final List<Pair<Button, Node>> sections = new ArrayList<>();
    /** 长辈模式's one-line-per-material checklist, and the visitor's wish to see the details after all. */
    private final BooleanBinding compact;
    private final BooleanProperty details = new SimpleBooleanProperty();
    private final ReadAlong readAlong;
    private final Node paged;

    public GuideView(GuideViewModel vm) {
        this(vm, null);
    }

    /** @param aidsBar the 朗读 / 扫码带走 / 打印 buttons, shown under the title; null for none */
    public GuideView(GuideViewModel vm, Node aidsBar) {
        GuideDetails g = vm.guide();
        compact = vm.largeText().and(details.not());
        page.getStyleClass().add("page");
        page.setId("guide");
        page.getChildren().add(Texts.wrapping(vm.item().title(), "h1"));
        if (aidsBar != null) {
            page.getChildren().add(aidsBar);
        }
        if (!vm.keyFacts().isEmpty()) {
            // 办事要点 first: a long guide must not keep 地点 and 时间 at the bottom
            GridPane key = Texts.factsTable(vm.keyFacts());
            key.getStyleClass().add("flush");
            VBox card = new VBox(Texts.wrapping(Messages.get("ui.guide.keyFacts"), "section-title"), key);
            card.getStyleClass().addAll("card", "key-facts");
            card.setId("keyFacts");
            page.getChildren().add(card);
        }
        if (vm.item().summary() != null) {
            page.getChildren().add(Texts.wrapping(vm.item().summary(), "muted"));
        }
        if (g.serviceObject() != null) {
            section(Messages.get("ui.guide.serviceObject"), Texts.wrapping(g.serviceObject()));
        }
        if (g.conditions() != null) {
            section(Messages.get("ui.guide.conditions"), new MarkdownView(g.conditions()));
        }
        VBox materials = new VBox();
        materials.getStyleClass().add("guide-list");
        materials.setId("materials");
        Label hint = Texts.wrapping(Messages.get("ui.guide.materialsHint", g.materials().size(),
                vm.requiredCount()), "muted");
        detail(hint);
        materials.getChildren().add(hint);
        Label ready = Texts.fixed(vm.readyText(0), "strong", "ready-count");
        ready.setId("materialsReady");
        // 长辈模式: the names alone first, one line each; the details one tap away
        Button more = new Button();
        more.setId("materialDetails");
        more.getStyleClass().add("secondary");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.textProperty().bind(Bindings.when(details)
                .then(Messages.get("ui.guide.namesOnly")).otherwise(Messages.get("ui.guide.showDetails")));
        more.setOnAction(e -> details.set(!details.get()));
        more.visibleProperty().bind(vm.largeText());
        more.managedProperty().bind(more.visibleProperty());
        FlowPane readyRow = new FlowPane(ready, more);
        readyRow.getStyleClass().add("ready-row");
        readyRow.setAlignment(Pos.CENTER_LEFT);
        materials.getChildren().add(readyRow);
        materials.getStyleClass().add("checklist");
        compact.addListener((o, was, now) -> materials.pseudoClassStateChanged(COMPACT, now));
        materials.pseudoClassStateChanged(COMPACT, compact.get());
        List<CheckBox> checks = new ArrayList<>();
        for (Material m : g.materials()) {
            materials.getChildren().add(material(vm, m, checks));
        }
        for (CheckBox c : checks) {
            c.selectedProperty().addListener((o, was, now) ->
                    ready.setText(vm.readyText((int) checks.stream().filter(CheckBox::isSelected).count())));
        }
        section(Messages.get("ui.guide.materials"), materials);
        VBox steps = new VBox();
        steps.setId("steps");
        int n = 1;
        for (Step s : g.steps()) {
            steps.getChildren().add(step(n++, s, n > g.steps().size()));
        }
        section(Messages.get("ui.guide.steps"), steps);
        if (!vm.timeLimits().isEmpty()) {
            VBox limits = new VBox();
            limits.getStyleClass().add("guide-lines");
            vm.timeLimits().forEach(t -> limits.getChildren().add(Texts.wrapping(t, "strong")));
            section(Messages.get("ui.guide.timeLimit"), limits);
        }
        section(Messages.get("ui.guide.where"), facts(vm));
        if (!g.basis().isEmpty()) {
            VBox basis = new VBox();
            basis.getStyleClass().add("guide-lines");
            g.basis().forEach(b -> basis.getChildren().add(Texts.wrapping(b)));
            section(Messages.get("ui.guide.basis"), basis);
        }
        if (!g.faq().isEmpty()) {
            VBox faq = new VBox();
            faq.getStyleClass().add("guide-faq");
            for (Faq f : g.faq()) {
                VBox qa = new VBox(Texts.wrapping(Messages.get("ui.guide.q", f.q()), "strong"),
                        Texts.wrapping(Messages.get("ui.guide.a", f.a())));
                qa.getStyleClass().add("guide-pair");
                faq.getChildren().add(qa);
            }
            section(Messages.get("ui.guide.faq"), faq);
        }
        if (!vm.related().isEmpty()) {
            VBox related = new VBox();
            related.getStyleClass().add("guide-list");
            for (ItemSummary r : vm.related()) {
                related.getChildren().add(ItemRows.row(r, () -> vm.open(r)));
            }
            section(Messages.get("ui.reader.related"), related);
        }
        root = Touch.kinetic(new ScrollPane(page));
        BorderPane pager = Pager.around(root);
        pager.setTop(sectionBar());
        paged = pager;
        root.vvalueProperty().addListener((o, a, b) -> markCurrentSection());
        markCurrentSection();
        readAlong = new ReadAlong(vm.item().id(), vm.readAloudText(), page, root);
    }

    /** The guide's read-aloud text tied to this page. */
    public ReadAlong readAlong() {
        return readAlong;
    }

    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    /**
     * The chips of the parts in one row above the page: it stays while the page scrolls, the part in view is
     * marked, and a row longer than the screen is dragged sideways (the chip cut at the edge shows there is more).
     */
    private Node sectionBar() {
        jumps.getStyleClass().add("section-chips");
        jumps.setAlignment(Pos.CENTER_LEFT);
        ScrollPane bar = new ScrollPane(jumps);
        bar.setId("guideSections");
        bar.getStyleClass().add("section-bar");
        bar.setFitToHeight(true);
        bar.setPannable(true);
        bar.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        bar.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        return bar;
    }

    /** Marks the chip of the last part whose top has reached the top of the window. */
    private void markCurrentSection() {
        double contentHeight = page.getHeight() - root.getViewportBounds().getHeight();
        double top = Math.max(0, contentHeight) * root.getVvalue();
        Button current = null;
        for (var s : sections) {
            if (current == null || s.getValue().getBoundsInParent().getMinY() <= top + 1) {
                current = s.getKey();
            }
        }
        for (var s : sections) {
            s.getKey().pseudoClassStateChanged(CURRENT, s.getKey() == current);
        }
    }

    /** A part of a material shown only in the full checklist, not in 长辈模式's one-line view. */
    private void detail(Node n) {
        n.visibleProperty().bind(compact.not());
        n.managedProperty().bind(n.visibleProperty());
    }

    /** Adds a titled part, and a chip in the bar above that scrolls to it. */
    private void section(String title, Node content) {
        Label heading = Texts.wrapping(title, "section-title");
        VBox box = new VBox(heading, content);
        box.getStyleClass().add("card");
        page.getChildren().add(box);
        Button jump = new Button(title);
        jump.getStyleClass().add("chip");
        jump.setMinWidth(Region.USE_PREF_SIZE);
        jump.setOnAction(e -> {
            double contentHeight = page.getHeight() - root.getViewportBounds().getHeight();
            if (contentHeight > 0) {
                root.setVvalue(Math.min(1, box.getBoundsInParent().getMinY() / contentHeight));
            }
        });
        jumps.getChildren().add(jump);
        sections.add(new Pair<>(jump, box));
    }

    private Node material(GuideViewModel vm, Material m, List<CheckBox> checks) {
        CheckBox check = new CheckBox(m.name());
        checks.add(check);
        check.setWrapText(true);
        check.setMaxWidth(Double.MAX_VALUE);
        check.setMinHeight(Region.USE_PREF_SIZE);
        Label required = Texts.fixed(vm.requiredText(m), m.required() ? "required" : "optional");
        HBox top = new HBox(check, required);
        top.getStyleClass().add("material-top");
        HBox.setHgrow(check, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(top);
        String facts = vm.materialFacts(m);
        if (!facts.isEmpty()) {
            box.getChildren().add(Texts.wrapping(facts, "strong"));
        }
        if (m.note() != null && !m.note().isBlank()) {
            box.getChildren().add(Texts.wrapping(m.note(), "muted"));
        }
        if (m.source() != null && !m.source().isBlank()) {
            box.getChildren().add(Texts.wrapping(Messages.get("ui.guide.source", m.source()), "muted"));
        }
        box.getChildren().forEach(n -> {
            if (n != top) {
                detail(n);
            }
        });
        FlowPane forms = new FlowPane();
        forms.getStyleClass().add("material-forms");
        if (m.blankForm() != null) {
            forms.getChildren().add(formButton(Messages.get("ui.guide.blankForm"), () -> vm.openForm(m, false)));
        }
        if (m.sample() != null) {
            forms.getChildren().add(formButton(Messages.get("ui.guide.sample"), () -> vm.openForm(m, true)));
        }
        if (!forms.getChildren().isEmpty()) {
            detail(forms);
            box.getChildren().add(forms);
        }
        box.getStyleClass().addAll("card", "material");
        return box;
    }

    private static Button formButton(String text, Runnable open) {
        Button b = new Button(text, Icons.icon("policy"));
        b.getStyleClass().add("secondary");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> open.run());
        return b;
    }

    private static Node step(int number, Step s, boolean last) {
        Label num = Texts.fixed(Integer.toString(number), "step-number");
        Region line = new Region();
        line.getStyleClass().add("step-line");
        VBox.setVgrow(line, Priority.ALWAYS);
        line.setVisible(!last);
        VBox marker = new VBox(num, line);
        marker.getStyleClass().add("step-marker");
        marker.setAlignment(Pos.TOP_CENTER);
        marker.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(Texts.wrapping(s.name(), "strong"));
        if (s.description() != null) {
            text.getChildren().add(Texts.wrapping(s.description()));
        }
        text.getStyleClass().add("step-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox step = new HBox(marker, text);
        step.getStyleClass().add("step");
        return step;
    }

    private static Node facts(GuideViewModel vm) {
        GridPane grid = Texts.factsTable(vm.contacts());
        grid.getStyleClass().add("flush");
        return grid;
    }

    @Override
    public Node view() {
        return paged;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty("");
    }
}
