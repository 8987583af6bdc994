package org.hallkiosk.aids;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a helper program to its end with a time limit: input in, output (stdout and stderr merged) out. */
record ProcessRun(int exitCode, String output) {

    /**
     * @throws IOException when the program cannot be started (not installed, not executable)
     * @throws InterruptedException when the wait is interrupted (the program is killed)
     */
    static ProcessRun run(List<String> command, byte[] input, Duration timeout) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(p.getInputStream(), out), "process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            try (OutputStream in = p.getOutputStream()) {
                if (input != null) {
                    in.write(input);
                }
            } catch (IOException e) {
                // the program did not read its input; its exit code and output say why
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                SpeakingJob.kill(p);
                return new ProcessRun(-1, "timed out after " + timeout.toSeconds() + " s");
            }
            reader.join(1000);
            synchronized (out) {
                return new ProcessRun(p.exitValue(), out.toString(StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            SpeakingJob.kill(p);
            throw e;
        }
    }

    private static void copy(InputStream from, ByteArrayOutputStream to) {
        byte[] buf = new byte[8192];
        try (from) {
            int n;
            while ((n = from.read(buf)) > 0) {
                synchronized (to) {
                    to.write(buf, 0, n);
                }
            }
        } catch (IOException e) {
            // the process went away; what was read is kept
        }
    }

    boolean succeeded() {
        return exitCode == 0;
    }

    /** The first non-blank line of the output, for a message. */
    String firstLine() {
        return output.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit code " + exitCode);
    }
}
