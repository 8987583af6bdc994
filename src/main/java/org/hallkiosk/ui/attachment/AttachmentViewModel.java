package org.hallkiosk.ui.attachment;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hallkiosk.content.Attachment;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.aids.PageSource;

/**
 * One attachment shown in the app, from the mirror's file store: a PDF's pages, or an image (blank form,
 * sample, 图解). Other kinds (audio, video) are not shown here, and the screen says where to get them.
 */
public final class AttachmentViewModel {

    /** What the screen shows. */
    public enum State { LOADING, PAGES, NOT_SHOWN }

    private final KioskContext context;
    private final String name;
    private final Attachment attachment;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final ObjectProperty<PageSource> pages = new SimpleObjectProperty<>();

    public AttachmentViewModel(KioskContext context, String sha256, String name) {
        this.context = context;
        this.name = name;
        this.attachment = new Attachment(sha256, name, null);
        var mirror = context.mirror();
        context.tasks().run(() -> mirror.items().mediaType(sha256).orElse(""), type -> {
            if (type.equals("application/pdf")) {
                pages.set(PageSource.pdf(mirror.files(), attachment));
            } else if (type.startsWith("image/")) {
                pages.set(PageSource.image(mirror.files(), attachment));
            }
            state.set(pages.get() == null ? State.NOT_SHOWN : State.PAGES);
        }, error -> state.set(State.NOT_SHOWN));
        context.record("attachment", null, null, null, null);
    }

    public KioskContext context() {
        return context;
    }

    public String name() {
        return name;
    }

    public ObjectProperty<State> state() {
        return state;
    }

    /** The pages to show once the state is {@link State#PAGES}; they open (and may prove broken) in the viewer. */
    public ObjectProperty<PageSource> pages() {
        return pages;
    }
}
