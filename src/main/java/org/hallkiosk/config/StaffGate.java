package org.hallkiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The staff entry's lock: a PIN checked against its hash, and after {@code maxTries} wrong PINs in a row
 * the entry refuses every PIN for a lockout that grows each time (the configured lockout, then 3, 12, 48 and
 * at most 288 times it: 5 min, 15 min, 1 h, 4 h, 24 h by default) until the right PIN is given. The lockout
 * is kept in the data folder so that a restart does not clear it. Wrong tries are logged, never their digits.
 * Visitors never see it.
 */
public final class StaffGate {

    private static final Logger LOG = Logger.getLogger(StaffGate.class.getName());
    /** The lockout, in multiples of the configured one, after the 1st, 2nd, 3rd ... lock in a row. */
    private static final int[] ESCALATION = {1, 3, 12, 48, 288};
    /** The lockout's file in the data folder. */
    public static final String STATE_FILE = "staff-lockout.properties";

    /** What a try came to. */
    public enum Result { OPEN, WRONG, LOCKED, NO_PIN_SET }

    private final String pinHash;
    private final int maxTries;
    private final Duration lockout;
    private final Clock clock;
    private final Path stateFile;
    private int wrongInARow;
    private int locksInARow;
    private Instant lockedUntil = Instant.MIN;

    /** A gate whose lockout lives only in memory (tests, previews). */
    public StaffGate(String pinHash, int maxTries, Duration lockout, Clock clock) {
        this(pinHash, maxTries, lockout, clock, null);
    }

    /** A gate that keeps its lockout in {@code dataDir} (null: in memory only). */
    public StaffGate(String pinHash, int maxTries, Duration lockout, Clock clock, Path dataDir) {
        this.pinHash = pinHash;
        this.maxTries = maxTries;
        this.lockout = lockout;
        this.clock = clock;
        this.stateFile = dataDir == null ? null : dataDir.resolve(STATE_FILE);
        load();
    }

    public synchronized Result tryPin(String pin) {
        if (pinHash == null) {
            return Result.NO_PIN_SET;
        }
        if (isLocked()) {
            LOG.warning("staff PIN tried while the entry is locked (" + lockedFor().toSeconds() + " s left)");
            return Result.LOCKED;
        }
        if (PinHash.matches(pin, pinHash)) {
            if (wrongInARow > 0 || locksInARow > 0) {
                wrongInARow = 0;
                locksInARow = 0;
                save();
            }
            return Result.OPEN;
        }
        wrongInARow++;
        if (wrongInARow >= maxTries) {
            wrongInARow = 0;
            Duration locked = lockout.multipliedBy(ESCALATION[Math.min(locksInARow, ESCALATION.length - 1)]);
            locksInARow++;
            lockedUntil = clock.instant().plus(locked);
            LOG.warning("wrong staff PIN, " + maxTries + " in a row: the staff entry is locked for "
                    + locked.toMinutes() + " min (lock " + locksInARow + " in a row)");
            save();
            return Result.LOCKED;
        }
        LOG.warning("wrong staff PIN (" + wrongInARow + " of " + maxTries + " before the entry locks)");
        save();
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

    private synchronized void load() {
        if (stateFile == null || !Files.isRegularFile(stateFile)) {
            return;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(stateFile)) {
            p.load(in);
            wrongInARow = Math.max(0, Integer.parseInt(p.getProperty("wrong_in_a_row", "0")));
            locksInARow = Math.max(0, Integer.parseInt(p.getProperty("locks_in_a_row", "0")));
            lockedUntil = Instant.parse(p.getProperty("locked_until", Instant.MIN.toString()));
        } catch (IOException | RuntimeException e) {
            // An unreadable file must not open the entry: treat it as the longest lockout from now.
            LOG.log(Level.WARNING, "unreadable " + stateFile + "; the staff entry stays locked", e);
            locksInARow = ESCALATION.length;
            lockedUntil = clock.instant().plus(lockout.multipliedBy(ESCALATION[ESCALATION.length - 1]));
        }
    }

    private synchronized void save() {
        if (stateFile == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("wrong_in_a_row", Integer.toString(wrongInARow));
        p.setProperty("locks_in_a_row", Integer.toString(locksInARow));
        p.setProperty("locked_until", lockedUntil.toString());
        try {
            Files.createDirectories(stateFile.getParent());
            Path tmp = PrivateFiles.createEmpty(stateFile.resolveSibling(STATE_FILE + ".tmp"));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "staff entry lockout: kept across restarts");
            }
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not keep the staff lockout in " + stateFile, e);
        }
    }
}
