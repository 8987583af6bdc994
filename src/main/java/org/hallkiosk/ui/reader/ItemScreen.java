package org.hallkiosk.ui.reader;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Screen;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.aids.AidsBar;
import org.hallkiosk.ui.aids.ReadAlong;
import org.hallkiosk.ui.aids.ReadAloud;
import org.hallkiosk.ui.guide.GuideView;

/**
 * One item: a guide in the guide screen and anything else in the reader, with the aid buttons under its title
 * and 这条信息对您有帮助吗 at the end. Its {@link ItemViewModel} reads the mirror; this only builds the page.
 */
public final class ItemScreen implements Screen, ReadAloud.Readable {

    private final StackPane root = new StackPane();
    private final ItemViewModel vm;
    private ReadAlong readAlong;

    /** @param context for the aid buttons (navigation, 朗读) and telling 朗读 the page has loaded */
    public ItemScreen(ItemViewModel vm, KioskContext context) {
        this.vm = vm;
        root.setId("item");
        root.getChildren().add(Texts.wrapping(Messages.get("ui.loading"), "muted"));
        vm.problem().addListener((o, was, now) -> root.getChildren().setAll(Texts.wrapping(now, "h2")));
        vm.loaded().addListener((o, was, loaded) -> show(loaded, context));
        vm.load();
    }

    private void show(ItemViewModel.Loaded loaded, KioskContext context) {
        Node bar = AidsBar.of(context, vm.itemId(), loaded.aids());
        Node view;
        if (vm.isGuide()) {
            GuideView guide = new GuideView(vm.guide(), bar);
            view = guide.view();
            readAlong = guide.readAlong();
        } else {
            ReaderView reader = new ReaderView(vm.reader(), bar);
            view = reader.view();
            readAlong = reader.readAlong();
        }
        HelpfulQuestion.appendTo(view, vm);
        root.getChildren().setAll(view);
        context.readAloud().loaded(this, context.navigator().current().get());
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
        return vm.title();
    }
}
