package org.hallkiosk.ui.staff;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hallkiosk.ui.Fxml;
import org.hallkiosk.ui.Texts;

/** The 使用统计 tab (UsageTabView.fxml), bound to its {@link UsageTabViewModel}. */
final class UsageTabView implements StaffTab {

    private final UsageTabViewModel vm;
    private final Node root;
    @FXML
    private Label period;
    @FXML
    private BarChart<Number, String> kinds;
    @FXML
    private NumberAxis counts;
    @FXML
    private Label kindsEmpty;
    @FXML
    private VBox items;
    @FXML
    private Label itemsEmpty;
    @FXML
    private PieChart columns;
    @FXML
    private Label columnsEmpty;
    @FXML
    private VBox misses;
    @FXML
    private VBox ratings;

    UsageTabView(UsageTabViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this);
        vm.load();
    }

    @FXML
    private void initialize() {
        period.setText(vm.period());
        counts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) { // counts are whole: no 0.5 ticks
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        // Room for every category name at the current text size (长辈模式 too), else the axis drops some.
        kinds.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (Math.max(3, vm.kinds().size()) * 1.8 + 3) * period.getFont().getSize(),
                period.fontProperty(), vm.kinds()));
        vm.kinds().addListener((ListChangeListener<UsageTabViewModel.Bar>) c -> {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            vm.kinds().forEach(b -> s.getData().add(new XYChart.Data<>(b.count(), b.name())));
            kinds.getData().setAll(List.of(s));
        });
        columns.prefHeightProperty().bind(period.fontProperty().map(f -> 16 * f.getSize()));
        vm.topColumns().addListener((ListChangeListener<UsageTabViewModel.Bar>) c -> columns.getData().setAll(
                vm.topColumns().stream().map(b -> new PieChart.Data(b.line(), b.count())).toList()));
        vm.topItems().addListener((ListChangeListener<UsageTabViewModel.Bar>) c -> items.getChildren().setAll(
                vm.topItems().stream().map(b -> (Node) Texts.wrapping(b.line())).toList()));
        orEmpty(kinds, kindsEmpty, vm.kinds());
        orEmpty(items, itemsEmpty, vm.topItems());
        orEmpty(columns, columnsEmpty, vm.topColumns());
        StaffLines.follow(misses, vm.misses(), true);
        StaffLines.follow(ratings, vm.ratings(), true);
    }

    /** The chart while it has data, else 暂无数据 (not an empty 0–110 plot under its heading). */
    private static void orEmpty(Node chart, Label empty, ObservableList<?> data) {
        BooleanBinding none = Bindings.isEmpty(data);
        empty.visibleProperty().bind(none);
        empty.managedProperty().bind(none);
        chart.visibleProperty().bind(none.not());
        chart.managedProperty().bind(none.not());
    }

    @Override
    public Node view() {
        return root;
    }
}
