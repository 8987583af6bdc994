package org.hallkiosk.mirror;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a sync attempt ended, as recorded in the history. */
public enum SyncOutcome {
    /** Still running, or the process died before it could say (shown as interrupted on the next start). */
    RUNNING,
    /** A new publication was applied. */
    APPLIED,
    /** Nothing new: 304, or the same sequence. */
    UNCHANGED,
    /** The feed was refused: signature, replay, hash, field. The mirror is as it was. */
    REFUSED,
    /** The feed could not be fetched or stored: network, disk. The mirror is as it was. */
    FAILED,
    /** Staff cancelled it. The mirror is as it was. */
    CANCELLED,
    /** The process stopped during the attempt (crash, power cut). The mirror is as it was. */
    INTERRUPTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SyncOutcome fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
