package org.hallkiosk.ui.staff;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hallkiosk.content.ItemSummary;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.ItemReader;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.sync.SyncPlan;

/**
 * What a USB import would change, by title: the new items' titles read from the drive (checked against the
 * signed manifest's hash), the changed and withdrawn ones from the mirror. Disk work; not for the FX thread.
 */
public record UsbPreview(SyncPlan plan, List<String> added, List<String> changed, List<String> withdrawn) {

    /** The titles listed per kind; the rest are counted. */
    static final int SHOWN = 12;

    public UsbPreview {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        withdrawn = List.copyOf(withdrawn);
    }

    /** True when applying would change nothing visitors see: then 应用 is not offered. */
    public boolean changesNothing() {
        return plan.newItems().isEmpty() && plan.changedItems().isEmpty() && plan.withdrawn().isEmpty()
                && plan.missingFiles().isEmpty();
    }

    public static UsbPreview of(SyncPlan plan, FeedSource source, Mirror mirror) {
        List<String> added = new ArrayList<>();
        for (Manifest.ItemEntry e : plan.newItems().subList(0, Math.min(SHOWN, plan.newItems().size()))) {
            added.add(titleOnDrive(source, e));
        }
        List<String> changed = held(mirror, plan.changedItems().stream().map(Manifest.ItemEntry::id).toList());
        List<String> withdrawn = held(mirror, plan.withdrawn());
        return new UsbPreview(plan, added, changed, withdrawn);
    }

    private static List<String> held(Mirror mirror, List<String> ids) {
        List<String> shown = ids.subList(0, Math.min(SHOWN, ids.size()));
        Map<String, String> titles = mirror.items().summaries(shown).stream()
                .collect(Collectors.toMap(ItemSummary::id, ItemSummary::title, (a, b) -> a));
        return shown.stream().map(id -> titles.getOrDefault(id, id)).toList();
    }

    /** The item's title as the drive holds it; its id when it cannot be read or does not match the manifest. */
    private static String titleOnDrive(FeedSource source, Manifest.ItemEntry e) {
        try {
            byte[] bytes = source.fetchItem(e.id(), e.size());
            if (!HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .equalsIgnoreCase(e.sha256())) {
                return e.id(); // the import refuses it; the plan's reason will say why
            }
            return ItemReader.read(bytes, e.id()).title();
        } catch (IOException | FeedException | NoSuchAlgorithmException | RuntimeException unreadable) {
            return e.id();
        }
    }

    /** Titles as one line: 《a》、《b》 and, past {@link #SHOWN}, how many more. */
    static String line(List<String> titles, int total, Function<Integer, String> more) {
        String shown = titles.stream().map(t -> "《" + t + "》").collect(Collectors.joining("、"));
        return total > titles.size() ? shown + more.apply(total - titles.size()) : shown;
    }
}
