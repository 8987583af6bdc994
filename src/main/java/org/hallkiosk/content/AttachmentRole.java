package org.hallkiosk.content;

import java.util.Optional;

/** What an attachment is to its item. */
public enum AttachmentRole {
    ORIGINAL("original"),
    FORM("form"),
    SAMPLE("sample"),
    GRAPHIC("graphic"),
    AUDIO("audio"),
    VIDEO("video");

    private final String code;

    AttachmentRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AttachmentRole> fromCode(String code) {
        for (AttachmentRole r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
