package org.hallkiosk.ui.attachment;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.hallkiosk.ui.KioskContext;

/**
 * One attachment shown in the app. Images (blank forms, samples, 图解) are read and decoded in the
 * background; other kinds (PDF) are not shown here, and the screen says where to get them.
 */
public final class AttachmentViewModel {

    /** What the screen shows. */
    public enum State { LOADING, IMAGE, NOT_SHOWN }

    private final String name;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();

    public AttachmentViewModel(KioskContext context, String sha256, String name) {
        this.name = name;
        var mirror = context.mirror();
        context.tasks().run(() -> {
            String type = mirror.items().mediaType(sha256).orElse("");
            Path file = mirror.files().path(sha256);
            if (!type.startsWith("image/") || !Files.isRegularFile(file)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                Image decoded = new Image(in);
                return decoded.isError() ? null : decoded;
            }
        }, decoded -> {
            image.set(decoded);
            state.set(decoded == null ? State.NOT_SHOWN : State.IMAGE);
        }, error -> state.set(State.NOT_SHOWN));
        context.record("attachment", null, null, null, null);
    }

    public String name() {
        return name;
    }

    public ObjectProperty<State> state() {
        return state;
    }

    public ObjectProperty<Image> image() {
        return image;
    }
}
