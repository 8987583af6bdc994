package org.hallkiosk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hallkiosk.cli.HallKioskCommand;
import org.hallkiosk.feed.FeedJson;

/** Runs a command line in this JVM, as {@code java -jar hall-kiosk.jar ...} would, capturing what it prints. */
public record CommandRun(int exitCode, String out, String err) {

    public static CommandRun of(String... args) {
        return withInput(null, args);
    }

    /** Runs with {@code stdin} (null for none) as standard input. */
    public static synchronized CommandRun withInput(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        if (stdin != null) {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = HallKioskCommand.execute(args);
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    /** {@code status --json} for a kiosk-config folder and mirror. */
    public static JsonNode statusJson(Path config, Path data) throws IOException {
        CommandRun run = of("status", "--config", config.toString(), "--data", data.toString(), "--json");
        if (run.exitCode() != 0) {
            throw new IllegalStateException("status failed: " + run.err());
        }
        return FeedJson.MAPPER.readTree(run.out());
    }
}
