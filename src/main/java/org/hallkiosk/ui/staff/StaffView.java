package org.hallkiosk.ui.staff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.hallkiosk.config.ConfigProblem;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;

/** The staff panel: 同步, U 盘导入, 内容健康, 使用统计, 设备 and 管理, one part at a time, chosen by big buttons. */
public final class StaffView implements Screen {

    private static final Duration USB_POLL = Duration.seconds(3);

    private final BorderPane root = new BorderPane();
    private final StaffViewModel vm;
    private final StaffReportsViewModel reports;
    private final StaffTools staff;
    private final Timeline usbPoll;
    /** Removes this panel's listeners from what outlives it (the staff tools' config notice). */
    private final List<Runnable> detach = new ArrayList<>();

    public StaffView(StaffViewModel vm, StaffReportsViewModel reports, StaffTools staff, Runnable close) {
        this.vm = vm;
        this.reports = reports;
        this.staff = staff;
        root.setId("staff");
        root.getStyleClass().add("staff");
        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        root.setCenter(scroll);

        ToggleGroup parts = new ToggleGroup();
        FlowPane tabs = new FlowPane();
        tabs.getStyleClass().addAll("page", "staff-tabs");
        record Part(String id, String key, java.util.function.Supplier<Node> build) {
        }
        List<Part> all = List.of(new Part("staffSyncTab", "ui.staff.tab.sync", this::syncPart),
                new Part("staffUsbTab", "ui.staff.tab.usb", this::usbPart),
                new Part("staffHealthTab", "ui.staff.tab.health", this::healthPart),
                new Part("staffUsageTab", "ui.staff.tab.usage", this::usagePart),
                new Part("staffDeviceTab", "ui.staff.tab.device", this::devicePart),
                new Part("staffAdminTab", "ui.staff.tab.admin", () -> adminPart(close)));
        for (Part p : all) {
            ToggleButton t = new ToggleButton(Messages.get(p.key()));
            t.setId(p.id());
            t.setMinWidth(Region.USE_PREF_SIZE);
            t.setToggleGroup(parts);
            t.setOnAction(e -> {
                t.setSelected(true); // a part stays chosen when tapped again
                scroll.setContent(p.build().get());
                scroll.setVvalue(0);
            });
            tabs.getChildren().add(t);
        }
        root.setTop(tabs);
        ((ToggleButton) tabs.getChildren().get(0)).fire();
        // Only while the panel is on a shown window: a panel left behind (a replaced scene) stops looking.
        usbPoll = new Timeline(new KeyFrame(USB_POLL, e -> {
            if (root.getScene() != null && root.getScene().getWindow() != null
                    && root.getScene().getWindow().isShowing()) {
                vm.refreshUsb();
            }
        }));
        usbPoll.setCycleCount(Timeline.INDEFINITE);
        usbPoll.play();
    }

    private Node syncPart() {
        vm.refreshStatus();
        Label current = bound(vm.current(), "staffCurrent");
        Label success = bound(vm.lastSuccess(), "staffLastSuccess");
        Label failure = bound(vm.lastFailure(), "staffLastFailure");
        Button now = button(Messages.get("ui.staff.sync.now"), "syncNowButton");
        now.setOnAction(e -> vm.syncNow());
        now.disableProperty().bind(vm.running());
        VBox box = new VBox(Texts.wrapping(Messages.get("ui.staff.tab.sync"), "h1"), stateBadge(),
                bound(vm.feedAddress(), "staffFeedAddress"), bound(vm.lastSource(), "staffLastSource"),
                bound(vm.nextSync(), "staffNextSync"), current, success, failure,
                now, progress(), Texts.wrapping(Messages.get("ui.staff.history"), "section-title"),
                lines(vm.history(), "staffHistory"));
        box.getStyleClass().add("page");
        return box;
    }

    /** The one badge: a green, amber or red dot, what the state is, and 怎么办. */
    private Node stateBadge() {
        Region dot = new Region();
        dot.getStyleClass().add("state-dot");
        Label headline = bound(vm.stateHeadline(), "staffStateHeadline");
        headline.getStyleClass().add("strong");
        Label advice = bound(vm.stateAdvice(), "staffStateAdvice");
        advice.visibleProperty().bind(vm.stateAdvice().isNotEmpty());
        advice.managedProperty().bind(advice.visibleProperty());
        VBox words = new VBox(headline, advice);
        HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);
        HBox badge = new HBox(dot, words);
        badge.setId("staffState");
        badge.getStyleClass().add("state-badge");
        Runnable paint = () -> {
            badge.getStyleClass().removeAll("state-ok", "state-warn", "state-fail");
            badge.getStyleClass().add("state-" + switch (vm.stateLevel().get()) {
                case OK -> "ok";
                case WARN -> "warn";
                case FAIL -> "fail";
            });
        };
        paint.run();
        vm.stateLevel().addListener((o, was, now) -> paint.run());
        return badge;
    }

    /** The progress bar, its words, 取消 and the result; shared by sync now and USB import. */
    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("syncProgress");
        bar.progressProperty().bind(vm.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("sync-progress");
        Label text = bound(vm.progressText(), "syncProgressText");
        Button cancel = button(Messages.get("ui.staff.sync.cancel"), "syncCancelButton");
        cancel.getStyleClass().add("secondary");
        cancel.setOnAction(e -> vm.cancel());
        VBox running = new VBox(bar, text, cancel);
        running.getStyleClass().add("page");
        running.visibleProperty().bind(vm.running());
        running.managedProperty().bind(vm.running());
        Label result = bound(vm.result(), "syncResult");
        result.getStyleClass().add("strong");
        return new VBox(running, result);
    }

    private Node usbPart() {
        vm.refreshUsb();
        Label root = Texts.wrapping(Messages.get("ui.staff.usb.root", String.valueOf(staff.config().usbMountRoot())),
                "muted");
        VBox feeds = new VBox();
        feeds.setId("usbFeeds");
        feeds.getStyleClass().add("page");
        Runnable fill = () -> {
            feeds.getChildren().clear();
            if (vm.usbFeeds().isEmpty()) {
                feeds.getChildren().add(Texts.wrapping(Messages.get("ui.staff.usb.none"), "muted"));
            }
            for (Path p : vm.usbFeeds()) {
                Button b = button(p.toString(), null);
                b.getStyleClass().addAll("secondary", "usb-feed");
                b.setWrapText(true);
                b.setMinWidth(0); // a long path wraps rather than widen the page
                b.setMaxWidth(Double.MAX_VALUE);
                b.setUserData(p);
                b.setOnAction(e -> vm.choose(p));
                feeds.getChildren().add(b);
            }
        };
        fill.run();
        vm.usbFeeds().addListener((ListChangeListener<Path>) c -> fill.run());
        Button rescan = button(Messages.get("ui.staff.usb.rescan"), "usbRescan");
        rescan.getStyleClass().add("secondary");
        rescan.setOnAction(e -> vm.refreshUsb());
        Label plan = bound(vm.plan(), "usbPlan");
        VBox titles = lines(vm.planTitles(), "usbTitles", false);
        Button apply = button(Messages.get("ui.staff.usb.apply"), "usbApply");
        apply.setOnAction(e -> vm.apply());
        Button dismiss = button(Messages.get("ui.staff.usb.dismiss"), "usbDismiss");
        dismiss.getStyleClass().add("secondary");
        dismiss.setOnAction(e -> vm.dismiss());
        HBox decide = new HBox(apply, dismiss);
        decide.getStyleClass().add("button-row");
        decide.visibleProperty().bind(vm.planReady().and(vm.running().not()));
        decide.managedProperty().bind(decide.visibleProperty());
        VBox box = new VBox(Texts.wrapping(Messages.get("ui.staff.tab.usb"), "h1"), root, feeds, rescan, plan,
                titles, decide, progress());
        box.getStyleClass().add("page");
        return box;
    }

    private Node healthPart() {
        reports.loadHealth();
        VBox groups = new VBox();
        groups.setId("healthGroups");
        groups.getStyleClass().add("page");
        Runnable fill = () -> {
            groups.getChildren().clear();
            if (reports.healthGroups().isEmpty()) {
                groups.getChildren().add(Texts.wrapping(Messages.get("ui.staff.nothing"), "muted"));
            }
            for (StaffReportsViewModel.HealthGroup g : reports.healthGroups()) {
                Label heading = Texts.wrapping(g.heading(), "section-title");
                heading.getStyleClass().add("health-" + g.level().name().toLowerCase(java.util.Locale.ROOT));
                VBox group = new VBox(heading, Texts.wrapping(g.advice(), "muted"));
                group.getStyleClass().addAll("staff-lines", "health-group");
                g.lines().forEach(l -> group.getChildren().add(Texts.wrapping(l)));
                groups.getChildren().add(group);
            }
        };
        fill.run();
        reports.healthGroups().addListener((ListChangeListener<StaffReportsViewModel.HealthGroup>) c -> fill.run());
        VBox box = new VBox(Texts.wrapping(Messages.get("ui.staff.tab.health"), "h1"),
                bound(reports.findingsTotal(), "healthTotal"), groups);
        box.getStyleClass().add("page");
        return box;
    }

    private Node usagePart() {
        reports.loadUsage();
        CategoryAxis names = new CategoryAxis();
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) { // counts are whole: no 0.5 ticks
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        BarChart<Number, String> kinds = new BarChart<>(counts, names);
        kinds.setId("usageKinds");
        kinds.setAnimated(false);
        kinds.setLegendVisible(false);
        kinds.setMinHeight(Region.USE_PREF_SIZE);
        Runnable fillKinds = () -> {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            reports.kinds().forEach(b -> s.getData().add(new XYChart.Data<>(b.count(), b.name())));
            kinds.getData().setAll(List.of(s));
        };
        Label period = Texts.wrapping(Messages.get("ui.staff.usage.period", StaffReportsViewModel.USAGE_DAYS,
                staff.settings().usageRetention().toDays()), "muted");
        // Room for every category name at the current text size (长辈模式 too), else the axis drops some.
        kinds.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> (Math.max(3, reports.kinds().size()) * 1.8 + 3) * period.getFont().getSize(),
                period.fontProperty(), reports.kinds()));
        reports.kinds().addListener((ListChangeListener<StaffReportsViewModel.Bar>) c -> fillKinds.run());
        Node kindsOrEmpty = orEmpty(kinds, reports.kinds(), "usageKindsEmpty");
        PieChart columns = new PieChart();
        columns.setId("usageColumns");
        columns.setAnimated(false);
        columns.setLabelsVisible(false);
        columns.setMinHeight(Region.USE_PREF_SIZE);
        columns.prefHeightProperty().bind(period.fontProperty().map(f -> 16 * f.getSize()));
        reports.topColumns().addListener((ListChangeListener<StaffReportsViewModel.Bar>) c -> columns.getData()
                .setAll(reports.topColumns().stream().map(b -> new PieChart.Data(
                        Messages.get("ui.staff.usage.count", b.name(), b.count()), b.count())).toList()));
        Node columnsOrEmpty = orEmpty(columns, reports.topColumns(), "usageColumnsEmpty");
        VBox items = new VBox();
        items.setId("usageItems");
        Node itemsOrEmpty = orEmpty(items, reports.topItems(), "usageItemsEmpty");
        reports.topItems().addListener((ListChangeListener<StaffReportsViewModel.Bar>) c -> items.getChildren()
                .setAll(reports.topItems().stream().map(b -> (Node) Texts.wrapping(
                        Messages.get("ui.staff.usage.count", b.name(), b.count()))).toList()));
        VBox box = new VBox(Texts.wrapping(Messages.get("ui.staff.tab.usage"), "h1"), period,
                Texts.wrapping(Messages.get("ui.staff.usage.kinds"), "section-title"), kindsOrEmpty,
                Texts.wrapping(Messages.get("ui.staff.usage.items"), "section-title"), itemsOrEmpty,
                Texts.wrapping(Messages.get("ui.staff.usage.columns"), "section-title"), columnsOrEmpty,
                Texts.wrapping(Messages.get("ui.staff.usage.misses"), "section-title"),
                lines(reports.misses(), "usageMisses"),
                Texts.wrapping(Messages.get("ui.staff.usage.ratings"), "section-title"),
                lines(reports.ratings(), "usageRatings"));
        box.getStyleClass().add("page");
        return box;
    }

    /** The chart while it has data, else 暂无数据 (not an empty 0–110 plot under its heading). */
    private static Node orEmpty(Node chart, ObservableList<?> data, String emptyId) {
        Label empty = Texts.wrapping(Messages.get("ui.staff.usage.empty"), "muted");
        empty.setId(emptyId);
        var none = javafx.beans.binding.Bindings.isEmpty(data);
        empty.visibleProperty().bind(none);
        empty.managedProperty().bind(none);
        chart.visibleProperty().bind(none.not());
        chart.managedProperty().bind(none.not());
        return new VBox(chart, empty);
    }

    private Node devicePart() {
        reports.loadDevice();
        VBox box = new VBox(Texts.wrapping(Messages.get("ui.staff.tab.device"), "h1"),
                lines(reports.device(), "deviceLines"));
        box.getStyleClass().add("page");
        return box;
    }

    private Node adminPart(Runnable close) {
        VBox notice = new VBox();
        notice.setId("configNotice");
        Consumer<List<ConfigProblem>> show = problems -> notice.getChildren().setAll(problems.isEmpty()
                ? List.of(Texts.wrapping(Messages.get("ui.staff.admin.configOk"), "muted"))
                : problems.stream().map(p -> (Node) Texts.wrapping(p.toString(), "strong")).toList());
        show.accept(staff.configNotice().get());
        ChangeListener<List<ConfigProblem>> follow = (o, was, now) -> show.accept(now);
        staff.configNotice().addListener(follow);
        detach.add(() -> staff.configNotice().removeListener(follow));
        // the layout designer opens in a window of its own over the kiosk (the hook the FXML tab keeps)
        Button design = button(Messages.get("ui.staff.admin.design"), "openDesigner");
        design.setOnAction(e -> vm.openDesigner(root.getScene() == null ? null : root.getScene().getWindow()));
        Button closePanel = button(Messages.get("ui.staff.admin.close"), "staffClose");
        closePanel.setOnAction(e -> close.run());
        // 退出到桌面 stands apart, in red, below its own heading, and asks before it acts.
        Button leave = button(Messages.get("ui.staff.admin.leave"), "leaveKiosk");
        leave.getStyleClass().add("danger");
        Label question = Texts.wrapping(Messages.get("ui.staff.admin.leaveQuestion"), "strong");
        Button confirm = button(Messages.get("ui.staff.admin.leaveConfirm"), "leaveKioskConfirm");
        confirm.getStyleClass().add("danger");
        Button keep = button(Messages.get("ui.staff.admin.leaveCancel"), "leaveKioskCancel");
        keep.getStyleClass().add("secondary");
        HBox answers = new HBox(confirm, keep);
        answers.getStyleClass().add("button-row");
        VBox asking = new VBox(question, answers);
        asking.getStyleClass().add("page");
        asking.setVisible(false);
        asking.managedProperty().bind(asking.visibleProperty());
        leave.visibleProperty().bind(asking.visibleProperty().not());
        leave.managedProperty().bind(leave.visibleProperty());
        leave.setOnAction(e -> asking.setVisible(true));
        keep.setOnAction(e -> asking.setVisible(false));
        confirm.setOnAction(e -> staff.leaveKiosk().run());
        VBox danger = new VBox(Texts.wrapping(Messages.get("ui.staff.admin.leaveTitle"), "section-title"),
                Texts.wrapping(Messages.get("ui.staff.admin.leaveHint"), "muted"), leave, asking);
        danger.setId("leaveZone");
        danger.getStyleClass().addAll("page", "danger-zone");
        VBox box = new VBox(Texts.wrapping(Messages.get("ui.staff.tab.admin"), "h1"),
                Texts.wrapping(Messages.get("ui.staff.admin.config"), "section-title"), notice,
                Texts.wrapping(Messages.get("ui.staff.admin.hint"), "muted"), design, closePanel, danger);
        box.getStyleClass().add("page");
        return box;
    }

    private static Label bound(ObservableValue<String> text, String id) {
        Label l = Texts.wrapping("");
        l.textProperty().bind(text);
        l.setId(id);
        return l;
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setMinHeight(Region.USE_PREF_SIZE);
        return b;
    }

    private static VBox lines(ObservableList<String> source, String id) {
        return lines(source, id, true);
    }

    /** The lines of {@code source}; when it is empty, 无 or (sayNothing false) nothing at all. */
    private static VBox lines(ObservableList<String> source, String id, boolean sayNothing) {
        VBox box = new VBox();
        box.setId(id);
        box.getStyleClass().add("staff-lines");
        Runnable fill = () -> box.getChildren().setAll(source.isEmpty()
                ? (sayNothing ? List.of(Texts.wrapping(Messages.get("ui.staff.nothing"), "muted")) : List.of())
                : source.stream().map(s -> (Node) Texts.wrapping(s)).toList());
        fill.run();
        source.addListener((ListChangeListener<String>) c -> fill.run());
        return box;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty(Messages.get("ui.staff.title"));
    }

    @Override
    public void dispose() {
        usbPoll.stop(); // a running sync goes on: it is whole or nothing either way
        detach.forEach(Runnable::run);
        detach.clear();
    }
}
