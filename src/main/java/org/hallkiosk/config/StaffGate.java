package org.hallkiosk.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The staff entry's lock: a PIN checked against its hash, and after {@code maxTries} wrong PINs in a row
 * the entry refuses every PIN until {@code lockout} has passed. Visitors never see it.
 */
public final class StaffGate {

    /** What a try came to. */
    public enum Result { OPEN, WRONG, LOCKED, NO_PIN_SET }

    private final String pinHash;
    private final int maxTries;
    private final Duration lockout;
    private final Clock clock;
    private int wrongInARow;
    private Instant lockedUntil = Instant.MIN;

    public StaffGate(String pinHash, int maxTries, Duration lockout, Clock clock) {
        this.pinHash = pinHash;
        this.maxTries = maxTries;
        this.lockout = lockout;
        this.clock = clock;
    }

    public synchronized Result tryPin(String pin) {
        if (pinHash == null) {
            return Result.NO_PIN_SET;
        }
        if (isLocked()) {
            return Result.LOCKED;
        }
        if (PinHash.matches(pin, pinHash)) {
            wrongInARow = 0;
            return Result.OPEN;
        }
        wrongInARow++;
        if (wrongInARow >= maxTries) {
            wrongInARow = 0;
            lockedUntil = clock.instant().plus(lockout);
            return Result.LOCKED;
        }
        return Result.WRONG;
    }

    public synchronized boolean isLocked() {
        return clock.instant().isBefore(lockedUntil);
    }

    /** How long the entry stays locked; zero when it is open. */
    public synchronized Duration lockedFor() {
        Duration left = Duration.between(clock.instant(), lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public synchronized int triesLeft() {
        return maxTries - wrongInARow;
    }
}
