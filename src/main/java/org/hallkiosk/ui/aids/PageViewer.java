package org.hallkiosk.ui.aids;

import java.awt.image.BufferedImage;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hallkiosk.aids.AidException;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Icons;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.Touch;
import org.hallkiosk.ui.UiTaskExecutor;

/**
 * Pages on screen: one page at a time, fitted to the width, turned by swiping or by the big 上一页 / 下一页
 * buttons, zoomed by pinching or by − / +, with "第 N 页，共 M 页". Pages are rendered in the background.
 */
public final class PageViewer extends VBox {

    static final double MIN_ZOOM = 1;
    static final double MAX_ZOOM = 4;
    private static final double ZOOM_STEP = 1.5;

    private final UiTaskExecutor tasks;
    private final PageSource source;
    private final ScrollPane scroller;
    private final ImageView image = new ImageView();
    private final StackPane stage;
    private final Label pageNumber = Texts.fixed("", "strong");
    private final Label message = Texts.wrapping("", "h2");
    private final Button previous;
    private final Button next;
    private final Button zoomOut;
    private final Button zoomIn;
    private final IntegerProperty page = new SimpleIntegerProperty(-1);
    private int pageCount;
    private double zoom = MIN_ZOOM;
    private int request;
    private double renderedWidth;

    public PageViewer(UiTaskExecutor tasks, PageSource source) {
        super(12);
        this.tasks = tasks;
        this.source = source;
        getStyleClass().add("page-viewer");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setId("pageImage");
        stage = new StackPane(image);
        stage.getStyleClass().add("page-stage");
        scroller = new ScrollPane(stage);
        scroller.setPannable(true);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("page-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        scroller.viewportBoundsProperty().addListener((o, was, now) -> fit());

        previous = button(Messages.get("ui.pages.previous"), "previous", "previousPage", () -> turn(-1));
        next = button(Messages.get("ui.pages.next"), "next", "nextPage", () -> turn(1));
        next.setContentDisplay(ContentDisplay.RIGHT);
        zoomOut = button(Messages.get("ui.pages.zoomOut"), "zoom-out", "zoomOut", () -> zoomBy(1 / ZOOM_STEP));
        zoomIn = button(Messages.get("ui.pages.zoomIn"), "zoom-in", "zoomIn", () -> zoomBy(ZOOM_STEP));
        pageNumber.setId("pageNumber");
        FlowPane controls = new FlowPane(previous, pageNumber, next, zoomOut, zoomIn);
        controls.setAlignment(Pos.CENTER);
        controls.getStyleClass().add("page-controls");
        message.setId("pageMessage");
        message.setVisible(false);
        message.setManaged(false);

        // a pinch zooms; a swipe turns the page only when the page is not zoomed (then a drag pans it)
        scroller.addEventFilter(ZoomEvent.ZOOM, e -> {
            setZoom(zoom * e.getZoomFactor());
            e.consume();
        });
        Touch.swipePages(scroller, () -> {
            if (zoom <= MIN_ZOOM) {
                turn(1);
            }
        }, () -> {
            if (zoom <= MIN_ZOOM) {
                turn(-1);
            }
        });
        getChildren().addAll(message, scroller, controls);
        updateControls();
        tasks.run(source::open, count -> {
            pageCount = count;
            show(0);
        }, this::failed);
    }

    private static Button button(String text, String icon, String id, Runnable action) {
        Button b = new Button(text, Icons.icon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The page shown, from 0; -1 until the first page has been rendered. */
    public ReadOnlyIntegerProperty page() {
        return page;
    }

    public int pageCount() {
        return pageCount;
    }

    public double zoom() {
        return zoom;
    }

    public void turn(int by) {
        int to = page.get() + by;
        if (pageCount > 0 && to >= 0 && to < pageCount) {
            show(to);
        }
    }

    public void setZoom(double z) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        fit();
        updateControls();
        if (wantedWidth() > renderedWidth * 1.3 && page.get() >= 0) {
            render(page.get()); // sharper pixels for the closer look
        }
    }

    private void zoomBy(double factor) {
        setZoom(zoom * factor);
    }

    private void show(int index) {
        zoom = MIN_ZOOM;
        render(index);
    }

    private double wantedWidth() {
        double view = Math.max(400, scroller.getViewportBounds().getWidth());
        double scale = getScene() == null || getScene().getWindow() == null ? 1
                : getScene().getWindow().getOutputScaleX();
        return Math.min(6000, view * zoom * scale);
    }

    private void render(int index) {
        int mine = ++request;
        double width = Math.max(1200, wantedWidth());
        tasks.run(() -> {
            BufferedImage img = source.render(index, width);
            return SwingFXUtils.toFXImage(img, null);
        }, (Image fx) -> {
            if (mine != request) {
                return; // the visitor has turned on since
            }
            renderedWidth = fx.getWidth();
            image.setImage(fx);
            page.set(index);
            fit();
            scroller.setVvalue(0);
            scroller.setHvalue(0.5);
            updateControls();
        }, this::failed);
    }

    private void fit() {
        double view = scroller.getViewportBounds().getWidth();
        if (view > 0) {
            // at the fitted width there is nothing to pan sideways: no horizontal bar
            scroller.setHbarPolicy(zoom > MIN_ZOOM ? ScrollPane.ScrollBarPolicy.AS_NEEDED
                    : ScrollPane.ScrollBarPolicy.NEVER);
            // a small image (a scanned stamp, a narrow form) is blown up at most twice, where it still looks sharp
            double natural = image.getImage() == null ? view : image.getImage().getWidth() * 2;
            image.setFitWidth(Math.max(100, Math.min(view - 8, natural) * zoom));
        }
    }

    private void failed(Throwable error) {
        message.setText(error instanceof AidException ? error.getMessage()
                : Messages.get("ui.attachment.notShown"));
        message.setVisible(true);
        message.setManaged(true);
        scroller.setVisible(false);
        scroller.setManaged(false);
        pageCount = 0;
        updateControls();
    }

    private void updateControls() {
        boolean many = pageCount > 1;
        pageNumber.setText(pageCount > 0 ? Messages.get("ui.pages.number", Math.max(0, page.get()) + 1, pageCount)
                : "");
        for (Button b : new Button[] {previous, next}) {
            b.setVisible(many);
            b.setManaged(many);
        }
        pageNumber.setVisible(many);
        pageNumber.setManaged(many);
        previous.setDisable(page.get() <= 0);
        next.setDisable(page.get() >= pageCount - 1);
        zoomOut.setDisable(zoom <= MIN_ZOOM);
        zoomIn.setDisable(zoom >= MAX_ZOOM || pageCount == 0);
        zoomOut.setVisible(pageCount > 0);
        zoomIn.setVisible(pageCount > 0);
    }

    /** Lets go of the file; call when the screen is discarded. */
    public void close() {
        request++;
        tasks.runQuietly(source::close);
    }
}
