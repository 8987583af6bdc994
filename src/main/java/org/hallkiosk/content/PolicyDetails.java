package org.hallkiosk.content;

import java.time.LocalDate;

/** The 公开要素 a policy adds to the common fields. */
public record PolicyDetails(String indexNo, String docNo, String issuer, LocalDate writtenAt, String classification,
                            String topic, Validity validity) {
}
