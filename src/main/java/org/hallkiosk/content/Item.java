package org.hallkiosk.content;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One content item of any type. The type's own fields sit in exactly one of {@code policy},
 * {@code interpretation} or {@code guide}; a notice has none.
 */
public record Item(String id, ItemType type, String title, List<String> columns, String summary, String body,
                   OffsetDateTime publishedAt, OffsetDateTime updatedAt, String url, List<String> keywords,
                   List<Attachment> attachments, List<String> related, PolicyDetails policy,
                   InterpretationDetails interpretation, GuideDetails guide) {

    public Item {
        columns = List.copyOf(columns);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** Every attachment hash this item needs: its attachments and its materials' blank forms and samples. */
    public List<String> fileHashes() {
        var hashes = new LinkedHashSet<String>();
        attachments.forEach(a -> hashes.add(a.sha256()));
        if (guide != null) {
            for (Material m : guide.materials()) {
                if (m.blankForm() != null) {
                    hashes.add(m.blankForm());
                }
                if (m.sample() != null) {
                    hashes.add(m.sample());
                }
            }
        }
        return List.copyOf(hashes);
    }
}
