package org.hallkiosk.content;

import java.util.Optional;

/** The form of a 政策解读: plain text, 图解, audio or video. */
public enum InterpretationForm {
    TEXT("text"),
    GRAPHIC("graphic"),
    AUDIO("audio"),
    VIDEO("video");

    private final String code;

    InterpretationForm(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<InterpretationForm> fromCode(String code) {
        for (InterpretationForm f : values()) {
            if (f.code.equals(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
