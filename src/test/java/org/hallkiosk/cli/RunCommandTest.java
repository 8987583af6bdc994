package org.hallkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.testing.ChildJvm;
import org.hallkiosk.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command, the kiosk without a display, and --help on every command. */
class RunCommandTest {

    @TempDir
    Path tmp;

    private record Child(int exitCode, String err) {
    }

    /** {@code java Launcher ARGS} in a fresh JVM with {@code env} changed, its home in the temp folder. */
    private Child child(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(List.of(), args));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("HALL_KIOSK_HOME", tmp.toString());
        pb.environment().putAll(env);
        Path err = tmp.resolve("err.txt");
        pb.redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the child ended").isTrue();
        return new Child(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutADisplayTheKioskSaysSoInOneLineAndHowToSeeTheScreens() throws Exception {
        for (String[] args : List.of(new String[0], new String[] {"run", "--windowed"})) {
            Child run = child(Map.of(), args);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                    .contains("没有可用的显示器", "No display", "screenshots"));
            // nothing was started: no data folder, no run recorded
            assertThat(tmp.resolve("data")).doesNotExist();
        }
    }

    @Test
    void aDisplayThatCannotBeOpenedIsOneLineTooNotAStackTrace() throws Exception {
        Child run = child(Map.of("DISPLAY", ":77"), "run", "--windowed");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("打不开显示器 :77", "cannot open display :77").doesNotContain("\tat ",
                "Exception in thread");
        // the start that never showed a window is recorded as stopped, so it never counts towards a crash loop
        assertThat(Files.readString(tmp.resolve("data/runs.log"))).contains("stop");
    }

    @Test
    void hasDisplayReadsTheEnvironment() {
        assertThat(RunCommand.hasDisplay(Map.of(), "Linux", null)).isFalse();
        assertThat(RunCommand.hasDisplay(Map.of("DISPLAY", " "), "Linux", null)).isFalse();
        assertThat(RunCommand.hasDisplay(Map.of("DISPLAY", ":0"), "Linux", null)).isTrue();
        assertThat(RunCommand.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isTrue();
        assertThat(RunCommand.hasDisplay(Map.of(), "Windows 10", null)).isTrue();
        assertThat(RunCommand.hasDisplay(Map.of(), "Linux", "Monocle")).isTrue();
    }

    @Test
    void aBadSizeIsAUsageError() {
        CommandRun run = CommandRun.of("run", "--size", "big");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("1920x1080");
    }

    @Test
    void everyCommandAnswersHelpWithExitZero() {
        var commands = HallKioskCommand.commandLine().getSubcommands().keySet();
        assertThat(commands).contains("run", "sync", "status", "search", "health", "stats", "check-config",
                "screenshots", "preview-layout", "set-pin", "publish", "keygen");
        for (String name : commands) {
            CommandRun run = CommandRun.of(name, "--help");
            assertThat(run.exitCode()).as(name).isZero();
            assertThat(run.out()).as(name).contains("Usage: hall-kiosk " + name);
        }
        assertThat(CommandRun.of("--help").exitCode()).isZero();
    }

    @Test
    void aCommandWordBuildsOnlyItsCommandAndAnythingElseTheWholeTree() {
        assertThat(HallKioskCommand.commandLine(new String[] {"run", "--windowed"}).getSubcommands().keySet())
                .containsExactly("run"); // the kiosk's start reads no other command's options
        assertThat(HallKioskCommand.commandLine(new String[] {"--help"}).getSubcommands())
                .hasSize(HallKioskCommand.COMMANDS.size());
        CommandRun unknown = CommandRun.of("rnu");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("rnu");
        assertThat(CommandRun.of("--help").out()).contains("preview-layout", "check-config", "run");
    }
}
