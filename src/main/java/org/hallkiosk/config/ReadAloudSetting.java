package org.hallkiosk.config;

import java.util.Optional;

/** {@code read_aloud} in kiosk.yaml: which speech engine reads items aloud (有声阅读). */
public enum ReadAloudSetting {
    /** espeak-ng, a program installed on Linux, with its Mandarin voice. */
    ESPEAK_NG("espeak-ng"),
    /** Windows' own speech (SAPI), reached through PowerShell. */
    SAPI("sapi"),
    /** No reading aloud: the button is hidden. */
    NONE("none"),
    /** The engine of this operating system: SAPI on Windows, espeak-ng elsewhere. */
    AUTO("auto");

    private final String code;

    ReadAloudSetting(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReadAloudSetting> fromCode(String code) {
        for (ReadAloudSetting s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
