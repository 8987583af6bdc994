package org.hallkiosk.content;

import java.util.Optional;

/** 有效性 of a policy. The order is the search ranking order: effective first. */
public enum Validity {
    EFFECTIVE("effective"),
    AMENDED("amended"),
    EXPIRED("expired"),
    REPEALED("repealed");

    private final String code;

    Validity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True when the policy no longer applies, so a reader must say so at the top. */
    public boolean noLongerInForce() {
        return this == EXPIRED || this == REPEALED;
    }

    public static Optional<Validity> fromCode(String code) {
        for (Validity v : values()) {
            if (v.code.equals(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
