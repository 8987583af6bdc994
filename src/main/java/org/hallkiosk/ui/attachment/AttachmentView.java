package org.hallkiosk.ui.attachment;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.Touch;

/** An attachment full width, scrolled with the finger: a form a visitor can study before filling it in. */
public final class AttachmentView implements Screen {

    private final ScrollPane root;

    public AttachmentView(AttachmentViewModel vm) {
        VBox page = new VBox();
        page.getStyleClass().add("page");
        page.setId("attachment");
        page.getChildren().add(Texts.wrapping(vm.name(), "h2"));
        root = Touch.kinetic(new ScrollPane(page));
        Runnable refresh = () -> {
            page.getChildren().subList(1, page.getChildren().size()).clear();
            switch (vm.state().get()) {
                case LOADING -> page.getChildren().add(Texts.wrapping(Messages.get("ui.loading"), "muted"));
                case NOT_SHOWN -> page.getChildren().add(Texts.wrapping(Messages.get("ui.attachment.notShown"), "h2"));
                case IMAGE -> {
                    ImageView image = new ImageView(vm.image().get());
                    image.setId("attachmentImage");
                    image.setPreserveRatio(true);
                    image.setSmooth(true);
                    double natural = vm.image().get().getWidth();
                    image.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                            () -> Math.min(natural * 2, Math.max(100, root.getViewportBounds().getWidth() - 60)),
                            root.viewportBoundsProperty()));
                    page.getChildren().add(image);
                }
            }
        };
        vm.state().addListener((o, a, b) -> refresh.run());
        refresh.run();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty(Messages.get("ui.attachment.title"));
    }
}
