package org.hallkiosk.ui.reader;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hallkiosk.aids.AidsAvailability;
import org.hallkiosk.aids.ReadAloudText;
import org.hallkiosk.config.BackgroundFailures;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.ui.KioskContext;
import org.hallkiosk.ui.Navigator;
import org.hallkiosk.ui.Place;
import org.hallkiosk.ui.Texts;
import org.hallkiosk.ui.guide.GuideViewModel;

/**
 * One item's screen: reads the item with what it links to ({@link ItemPage}), which aid buttons it gets and
 * its read-aloud text off the FX thread; records the view as usage kind "view" once it shows; and keeps
 * 这条信息对您有帮助吗 — asked once per item per visit, the answer recorded as usage kind "rating".
 */
public final class ItemViewModel {

    /** Usage kind of an answer to 这条信息对您有帮助吗 (value 1 helpful, 0 not). */
    public static final String RATING = "rating";

    /** Items rated in the current visit, per kiosk; forgotten when the visit ends (attract screen). */
    private static final Map<Navigator, Set<String>> RATED = new WeakHashMap<>();

    /** The item and its links, the aid buttons to show, and the text 朗读 reads. */
    public record Loaded(ItemPage page, AidsAvailability.ItemAids aids, String readAloudText) {
    }

    private final KioskContext context;
    private final String itemId;
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper rated = new ReadOnlyBooleanWrapper();

    public ItemViewModel(KioskContext context, String itemId) {
        this.context = context;
        this.itemId = itemId;
        rated.set(rated(context.navigator()).contains(itemId));
    }

    public String itemId() {
        return itemId;
    }

    /** The item once read; null while loading or when there is none. */
    public ReadOnlyObjectProperty<Loaded> loaded() {
        return loaded.getReadOnlyProperty();
    }

    /** Why there is no item (the mirror does not hold it, or reading it failed); empty otherwise. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** The title for the navigation bar: the item's type (办事指南, 政策文件, …) once read. */
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    /** Whether 这条信息对您有帮助吗 was answered for this item in this visit: then it gives way to thanks. */
    public ReadOnlyBooleanProperty rated() {
        return rated.getReadOnlyProperty();
    }

    /** Reads the item in the background; {@link #loaded} or {@link #problem} is set on the FX thread. */
    public void load() {
        context.tasks().run(() -> {
            ItemPage page = ItemPage.load(context.mirror().items(), itemId);
            if (page == null) {
                return null;
            }
            // which aid buttons to show; may probe the speech engine the first time
            AidsAvailability.ItemAids aids = context.aids().check().forItem(page.item());
            return new Loaded(page, aids, ReadAloudText.of(page.item()));
        }, l -> {
            if (l == null) {
                problem.set(Messages.get("ui.item.missing"));
                return;
            }
            title.set(Texts.type(l.page().item().type()));
            context.readAloud().engineWorks().set(l.aids().readAloud()); // before the page shows: 长辈版 reads it
            loaded.set(l);
            context.record("view", itemId, null, null, null);
        }, error -> {
            BackgroundFailures.report("item", error);
            problem.set(Messages.get("ui.item.error"));
        });
    }

    /** Whether the item is a service guide (the guide screen) rather than something to read (the reader). */
    public boolean isGuide() {
        return loaded.get() != null && loaded.get().page().item().guide() != null;
    }

    /** The guide screen's view model; call once loaded. */
    public GuideViewModel guide() {
        Loaded l = loaded.get();
        return new GuideViewModel(context, l.page(), l.readAloudText());
    }

    /** The reader's view model; call once loaded. */
    public ReaderViewModel reader() {
        Loaded l = loaded.get();
        return new ReaderViewModel(context, l.page(), l.readAloudText());
    }

    /** Records the answer to 这条信息对您有帮助吗 once per item per visit; a second answer is not counted. */
    public void rate(boolean helpful) {
        if (!rated(context.navigator()).add(itemId)) {
            rated.set(true);
            return;
        }
        rated.set(true);
        int value = helpful ? 1 : 0;
        context.tasks().write(() -> context.mirror().usage().record(RATING, itemId, null, null, null, value));
    }

    private static Set<String> rated(Navigator navigator) {
        synchronized (RATED) {
            return RATED.computeIfAbsent(navigator, n -> {
                Set<String> ids = new HashSet<>();
                n.place().addListener((o, was, now) -> {
                    if (now instanceof Place.Attract) {
                        ids.clear();
                    }
                });
                return ids;
            });
        }
    }
}
