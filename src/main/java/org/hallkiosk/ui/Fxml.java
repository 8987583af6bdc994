package org.hallkiosk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.hallkiosk.i18n.Messages;

/**
 * Loads the FXML of a form screen (the staff tabs, the PIN pad, the idle warning) with its view as the
 * controller, and the words from the message bundle ({@code %key} in the FXML), so Chinese and English come
 * from the same two files as every other screen's.
 */
public final class Fxml {

    private Fxml() {
    }

    /**
     * Loads {@code <ViewClass>.fxml} from beside the view's class, with {@code view} as its controller; and,
     * when the FXML's root is {@code fx:root}, with {@code view} as that root too.
     */
    public static <T> T load(Object view) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL url = view.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("no " + name + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setController(view);
        if (view instanceof Parent) {
            loader.setRoot(view);
        }
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + name, e);
        }
    }
}
