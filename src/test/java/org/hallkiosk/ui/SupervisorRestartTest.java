package org.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hallkiosk.config.KioskHome;
import org.hallkiosk.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/hall-kiosk-supervise keeping the real kiosk (headless, in its own JVM) alive: kill -9 the
 * kiosk and a new one starts, on the home screen because the run history knows it crashed. Stopping the
 * supervisor stops the kiosk cleanly.
 */
class SupervisorRestartTest {

    @TempDir
    Path home;

    @Test
    void aKilledKioskIsStartedAgainAndKnowsItCrashed() throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "packaging/linux/hall-kiosk-supervise"));
        command.addAll(ChildJvm.command(ChildJvm.HEADLESS_FX));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("supervise.out").toFile());
        pb.environment().put(KioskHome.ENV, home.toString());
        Process supervisor = pb.start();
        try {
            ProcessHandle first = waitFor("the first kiosk",
                    () -> kioskStarted("kiosk start: NORMAL", "first screen: Attract").flatMap(x -> kiosk(supervisor)));
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean stop
            long killedAt = System.nanoTime();
            ProcessHandle second = waitFor("the restarted kiosk",
                    () -> kioskStarted("kiosk start: AFTER_CRASH", "first screen: Home").flatMap(x -> kiosk(supervisor)));
            System.out.printf("kiosk restarted and on its first screen %.1f s after kill -9%n",
                    (System.nanoTime() - killedAt) / 1e9);
            assertThat(second.pid()).isNotEqualTo(first.pid());

            supervisor.destroy(); // SIGTERM, as systemd stops a service
            assertThat(second.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
            List<String> runs = Files.readAllLines(home.resolve("data/runs.log"));
            assertThat(runs).hasSize(3);
            assertThat(runs.get(2)).startsWith("stop ");
        } finally {
            supervisor.descendants().forEach(ProcessHandle::destroyForcibly);
            supervisor.destroyForcibly();
        }
    }

    /** The supervisor's kiosk JVM, once there is one. */
    static Optional<ProcessHandle> kiosk(Process supervisor) {
        return supervisor.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst();
    }

    /** Present once the kiosk logged this start and this first screen. */
    Optional<Boolean> kioskStarted(String start, String firstScreen) {
        Path log = home.resolve("data/logs/kiosk-0.log");
        try {
            return Files.isRegularFile(log)
                    && Files.readString(log, StandardCharsets.UTF_8).contains(start)
                    && Files.readString(log, StandardCharsets.UTF_8).contains(firstScreen)
                    ? Optional.of(true) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static <T> T waitFor(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
