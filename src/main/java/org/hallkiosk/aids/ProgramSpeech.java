package org.hallkiosk.aids;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the engines that run a speech program share: asking once whether the program works, and writing a
 * reading to a WAV file with a time limit and a plain message when it fails.
 */
abstract class ProgramSpeech implements Speech {

    private static final Duration SYNTH_TIMEOUT = Duration.ofMinutes(2);

    /** The program as configured (a name on PATH or a full path), for messages. */
    protected final String command;
    /** How staff know the program: espeak-ng, PowerShell. */
    private final String programName;
    private volatile Availability availability;

    ProgramSpeech(String command, String programName) {
        this.command = command;
        this.programName = programName;
    }

    /** Whether the program works here; asked once, since it starts a process. */
    @Override
    public final Availability availability() {
        Availability a = availability;
        if (a == null) {
            a = probe();
            availability = a;
        }
        return a;
    }

    abstract Availability probe();

    /** Runs a probe command: the absent reasons for a program that is missing, hangs or fails. */
    final Availability probeWith(List<String> probe, Duration timeout, Predicate<String> fine,
                                 Availability whenNotFine) {
        ProcessRun run;
        try {
            run = ProcessRun.run(probe, null, timeout);
        } catch (IOException e) {
            return Availability.absent("aids.speech.notInstalled", programName, command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Availability.absent("aids.speech.notAnswering", engine());
        }
        if (!run.succeeded()) {
            return Availability.absent("aids.speech.broken", engine(), run.firstLine());
        }
        return fine.test(run.output()) ? Availability.works() : whenNotFine;
    }

    /** Runs {@code synth}, which writes {@code wav}, feeding it {@code input}. */
    final void writeWav(List<String> synth, byte[] input, Path wav) throws AidException {
        try {
            ProcessRun run = ProcessRun.run(synth, input, SYNTH_TIMEOUT);
            if (!run.succeeded() || !Files.isRegularFile(wav)) {
                throw new AidException("aids.speech.failed", engine(), run.firstLine());
            }
        } catch (IOException e) {
            throw new AidException(e, "aids.speech.notInstalled", programName, command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AidException(e, "aids.speech.notAnswering", engine());
        }
    }
}
