package org.hallkiosk.aids;

import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.content.GuideDetails;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.Material;
import org.hallkiosk.content.Step;
import org.hallkiosk.i18n.Messages;

/**
 * The words read aloud for an item, one block a line (so each heading, paragraph, material and step is its own
 * sentence at least): the title, then the body; a guide, which has no body, reads its summary, who may apply,
 * the materials and the steps.
 */
public final class ReadAloudText {

    private ReadAloudText() {
    }

    public static String of(Item item) {
        List<String> lines = new ArrayList<>();
        lines.add(item.title());
        GuideDetails g = item.guide();
        if (g == null) {
            PlainBlocks.of(item.body()).forEach(b -> lines.add(b.text()));
        } else {
            addIfPresent(lines, item.summary());
            lines.add(Messages.get("read.serviceObject", g.serviceObject()));
            lines.add(Messages.get("read.conditions"));
            PlainBlocks.of(g.conditions()).forEach(b -> lines.add(b.text()));
            lines.add(Messages.get("read.materials", g.materials().size()));
            for (Material m : g.materials()) {
                lines.add(m.name() + "，" + PrintLayouts.materialDetails(m) + "。");
            }
            lines.add(Messages.get("read.steps"));
            for (Step s : g.steps()) {
                lines.add(s.name() + "：" + (s.description() == null ? "" : s.description()));
            }
        }
        return String.join("\n", lines);
    }

    private static void addIfPresent(List<String> lines, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(text);
        }
    }
}
