package org.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hallkiosk.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff PIN: stored as a PBKDF2 hash by set-pin, checked, and locked after five wrong tries. */
class StaffGateTest {

    @TempDir
    Path tmp;

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void setPinStoresOnlyAHashThatTheGateAccepts() throws Exception {
        Files.writeString(tmp.resolve("staff.yaml"), "max_tries: 5\nlockout_minutes: 7\n");
        InputStream oldIn = System.in;
        try {
            System.setIn(new ByteArrayInputStream("246810\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(CommandRun.of("set-pin", "--config", tmp.toString()).exitCode()).isZero();
        } finally {
            System.setIn(oldIn);
        }
        String written = Files.readString(tmp.resolve("staff.yaml"));
        assertThat(written).doesNotContain("246810").contains("pbkdf2-sha256$");
        StaffSettings settings = StaffSettings.load(tmp);
        assertThat(settings.lockout()).isEqualTo(Duration.ofMinutes(7));
        StaffGate gate = new StaffGate(settings.pinHash(), settings.maxTries(), settings.lockout(), Clock.systemUTC());
        assertThat(gate.tryPin("246810")).isEqualTo(StaffGate.Result.OPEN);
        assertThat(gate.tryPin("246811")).isEqualTo(StaffGate.Result.WRONG);
    }

    @Test
    void aBadPinIsNotSaved() {
        InputStream oldIn = System.in;
        try {
            System.setIn(new ByteArrayInputStream("12ab\n".getBytes(StandardCharsets.UTF_8)));
            CommandRun r = CommandRun.of("set-pin", "--config", tmp.toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isNotBlank();
        } finally {
            System.setIn(oldIn);
        }
        assertThat(tmp.resolve("staff.yaml")).doesNotExist();
    }

    @Test
    void fiveWrongTriesLockTheEntryUntilTheLockoutHasPassed() {
        HandClock clock = new HandClock();
        StaffGate gate = new StaffGate(PinHash.hash("135792"), 5, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 4; i++) {
            assertThat(gate.tryPin("000000")).isEqualTo(StaffGate.Result.WRONG);
        }
        assertThat(gate.tryPin("000000")).isEqualTo(StaffGate.Result.LOCKED);
        assertThat(gate.tryPin("135792")).as("even the right PIN while locked").isEqualTo(StaffGate.Result.LOCKED);
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertThat(gate.tryPin("135792")).isEqualTo(StaffGate.Result.LOCKED);
        assertThat(gate.lockedFor()).isEqualTo(Duration.ofMinutes(1));
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(gate.tryPin("135792")).isEqualTo(StaffGate.Result.OPEN);
    }

    @Test
    void noPinSetKeepsTheEntryClosedAndAForgedHashIsRefused() throws Exception {
        assertThat(new StaffGate(null, 5, Duration.ofMinutes(5), Clock.systemUTC()).tryPin("135792"))
                .isEqualTo(StaffGate.Result.NO_PIN_SET);
        Files.writeString(tmp.resolve("staff.yaml"), "pin_hash: \"1234\"\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StaffSettings.load(tmp))
                .isInstanceOf(ConfigException.class).hasMessageContaining("staff.yaml: pin_hash");
    }

    @Test
    void staleDaysAndUsageRetentionAreReadWithDefaultsAndChecked() throws Exception {
        assertThat(StaffSettings.load(tmp).staleAfter()).isEqualTo(Duration.ofDays(180));
        assertThat(StaffSettings.load(tmp).usageRetention()).isEqualTo(Duration.ofDays(90));
        Files.writeString(tmp.resolve("staff.yaml"), "stale_days: 90\nusage_retention_days: 30\n");
        assertThat(StaffSettings.load(tmp).staleAfter()).isEqualTo(Duration.ofDays(90));
        assertThat(StaffSettings.load(tmp).usageRetention()).isEqualTo(Duration.ofDays(30));
        Files.writeString(tmp.resolve("staff.yaml"), "usage_retention_days: 0\n");
        try {
            StaffSettings.load(tmp);
            org.junit.jupiter.api.Assertions.fail("0 days was accepted");
        } catch (ConfigException e) {
            assertThat(e.problems()).extracting(ConfigProblem::field).containsExactly("usage_retention_days");
        }
    }

    String setPin(String pin) {
        InputStream oldIn = System.in;
        try {
            System.setIn(new ByteArrayInputStream((pin + "\n").getBytes(StandardCharsets.UTF_8)));
            CommandRun r = CommandRun.of("set-pin", "--config", tmp.toString());
            return r.exitCode() + ":" + r.err();
        } finally {
            System.setIn(oldIn);
        }
    }

    @Test
    void setPinRefusesShortAndTrivialPins() {
        for (String bad : new String[] {"1357", "24681", "000000", "777777777", "123456", "654321", "890123",
                "3210987"}) {
            assertThat(setPin(bad)).as(bad).startsWith("1:").contains("6");
            assertThat(tmp.resolve("staff.yaml")).as(bad).doesNotExist();
        }
        assertThat(setPin("135792")).startsWith("0:");
        assertThat(PinHash.isValidPin("271828")).isTrue();
    }

    @Test
    void staffYamlIsWrittenForItsOwnerOnly() throws Exception {
        assertThat(setPin("135792")).startsWith("0:");
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(tmp.resolve("staff.yaml")))).isEqualTo("rw-------");
    }

    @Test
    void theLockoutGrowsAndOutlivesARestartAndWrongTriesAreLoggedWithoutTheirDigits() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger(StaffGate.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            HandClock clock = new HandClock();
            String hash = PinHash.hash("135792");
            Duration[] expected = {Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)};
            for (Duration lock : expected) {
                // A new gate each round: the kiosk restarted, and the lockout is read back from the data folder.
                StaffGate gate = new StaffGate(hash, 3, Duration.ofMinutes(5), clock, tmp);
                assertThat(gate.tryPin("864209")).isEqualTo(StaffGate.Result.WRONG);
                assertThat(gate.tryPin("864208")).isEqualTo(StaffGate.Result.WRONG);
                assertThat(gate.tryPin("864207")).isEqualTo(StaffGate.Result.LOCKED);
                StaffGate restarted = new StaffGate(hash, 3, Duration.ofMinutes(5), clock, tmp);
                assertThat(restarted.lockedFor()).isEqualTo(lock);
                assertThat(restarted.tryPin("135792")).isEqualTo(StaffGate.Result.LOCKED);
                clock.now = clock.now.plus(lock);
            }
            // The right PIN, once the lockout has passed, opens and starts the escalation again.
            StaffGate gate = new StaffGate(hash, 3, Duration.ofMinutes(5), clock, tmp);
            assertThat(gate.tryPin("135792")).isEqualTo(StaffGate.Result.OPEN);
            gate.tryPin("864209");
            gate.tryPin("864208");
            gate.tryPin("864207");
            assertThat(new StaffGate(hash, 3, Duration.ofMinutes(5), clock, tmp).lockedFor())
                    .isEqualTo(Duration.ofMinutes(5));
        } finally {
            log.removeHandler(handler);
        }
        assertThat(logged).anySatisfy(m -> assertThat(m).contains("wrong staff PIN"))
                .anySatisfy(m -> assertThat(m).contains("locked for 60 min"))
                .allSatisfy(m -> assertThat(m).doesNotContain("8642").doesNotContain("135792"));
    }
}
