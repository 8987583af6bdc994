package org.hallkiosk.ui.attachment;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.aids.PageViewer;

/**
 * An attachment inside the kiosk: a PDF page by page or an image, fitted to the width, with page turning and
 * zoom; a form a visitor can study before filling it in. No file dialog, no other program.
 */
public final class AttachmentView implements Screen {

    private final VBox root = new VBox();
    private PageViewer viewer;

    public AttachmentView(AttachmentViewModel vm) {
        root.getStyleClass().add("page");
        root.setId("attachment");
        root.getChildren().add(Texts.wrapping(Texts.attachmentTitle(vm.name()), "h2"));
        Runnable refresh = () -> {
            root.getChildren().subList(1, root.getChildren().size()).clear();
            switch (vm.state().get()) {
                case LOADING -> root.getChildren().add(Texts.wrapping(Messages.get("ui.loading"), "muted"));
                case NOT_SHOWN -> root.getChildren().add(Texts.wrapping(Messages.get("ui.attachment.notShown"), "h2"));
                case PAGES -> {
                    viewer = new PageViewer(vm.context().tasks(), vm.pages().get());
                    VBox.setVgrow(viewer, Priority.ALWAYS);
                    root.getChildren().add(viewer);
                }
            }
        };
        vm.state().addListener((o, a, b) -> refresh.run());
        refresh.run();
    }

    /** The page viewer, once the attachment is known to have pages; null before (and for other kinds). */
    public PageViewer viewer() {
        return viewer;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return new SimpleStringProperty(Messages.get("ui.attachment.title"));
    }

    @Override
    public void dispose() {
        if (viewer != null) {
            viewer.close();
        }
    }
}
