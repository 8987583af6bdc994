package org.hallkiosk.ui.reader;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.hallkiosk.aids.AidsAvailability;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.aids.AidsBar;
import org.hallkiosk.ui.aids.ReadAlong;
import org.hallkiosk.ui.aids.ReadAloud;
import org.hallkiosk.ui.guide.GuideView;
import org.hallkiosk.ui.guide.GuideViewModel;

/** One item: reads it in the background, then shows a guide in the guide screen and anything else in the reader. */
public final class ItemScreen implements Screen, ReadAloud.Readable {

    private final StackPane root = new StackPane();
    private final StringProperty title = new SimpleStringProperty("");
    private ReadAlong readAlong;

    private record Loaded(ItemPage page, AidsAvailability.ItemAids aids) {
    }

    public ItemScreen(KioskContext context, String itemId) {
        root.setId("item");
        root.getChildren().add(Texts.wrapping(Messages.get("ui.loading"), "muted"));
        context.tasks().run(() -> {
            ItemPage page = ItemPage.load(context.mirror().items(), itemId);
            // which aid buttons to show; may probe the speech engine the first time
            return page == null ? null : new Loaded(page, context.aids().check().forItem(page.item()));
        }, loaded -> {
            ItemPage page = loaded == null ? null : loaded.page();
            if (page == null) {
                Label missing = Texts.wrapping(Messages.get("ui.item.missing"), "h2");
                root.getChildren().setAll(missing);
                return;
            }
            title.set(Texts.type(page.item().type()));
            context.readAloud().engineWorks().set(loaded.aids().readAloud());
            Node bar = AidsBar.of(context, itemId, loaded.aids());
            Node view;
            if (page.item().guide() != null) {
                GuideView guide = new GuideView(new GuideViewModel(context, page), bar);
                view = guide.view();
                readAlong = guide.readAlong();
            } else {
                ReaderView reader = new ReaderView(new ReaderViewModel(context, page), bar);
                view = reader.view();
                readAlong = reader.readAlong();
            }
            HelpfulQuestion.appendTo(view, context, itemId);
            root.getChildren().setAll(view);
            context.readAloud().loaded(this, context.navigator().current().get());
            context.record("view", itemId, null, null, null);
        }, error -> root.getChildren().setAll(Texts.wrapping(Messages.get("ui.item.error"), "h2")));
    }

    @Override
    public ReadAlong readAlong() {
        return readAlong;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ObservableValue<String> title() {
        return title;
    }
}
