package org.hallkiosk.ui.reader;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.guide.GuideView;
import org.hallkiosk.ui.guide.GuideViewModel;

/** One item: reads it in the background, then shows a guide in the guide screen and anything else in the reader. */
public final class ItemScreen implements Screen {

    private final StackPane root = new StackPane();
    private final StringProperty title = new SimpleStringProperty("");

    public ItemScreen(KioskContext context, String itemId) {
        root.setId("item");
        root.getChildren().add(Texts.wrapping(Messages.get("ui.loading"), "muted"));
        context.tasks().run(() -> ItemPage.load(context.mirror().items(), itemId), page -> {
            if (page == null) {
                Label missing = Texts.wrapping(Messages.get("ui.item.missing"), "h2");
                root.getChildren().setAll(missing);
                return;
            }
            title.set(Texts.type(page.item().type()));
            Node view = page.item().guide() != null
                    ? new GuideView(new GuideViewModel(context, page)).view()
                    : new ReaderView(new ReaderViewModel(context, page)).view();
            HelpfulQuestion.appendTo(view, context, itemId);
            root.getChildren().setAll(view);
            context.record("view", itemId, null, null, null);
        }, error -> root.getChildren().setAll(Texts.wrapping(Messages.get("ui.item.error"), "h2")));
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
