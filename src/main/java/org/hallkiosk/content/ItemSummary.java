package org.hallkiosk.content;

import java.time.OffsetDateTime;

/** An item as a list shows it: enough for a row, without its body. {@code validity} is null but for policies. */
public record ItemSummary(String id, ItemType type, String title, String summary, OffsetDateTime publishedAt,
                          Validity validity, String docNo) {
}
