package org.hallkiosk.aids;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * espeak-ng with its Mandarin voice ({@code cmn}), one process per sentence: it starts in milliseconds, so the
 * sentence being spoken is always the one highlighted, and stop kills the process speaking it. Text goes in on
 * standard input as UTF-8, so no sentence can be taken for an option.
 */
public final class EspeakSpeech extends ProgramSpeech {

    public static final String DEFAULT_COMMAND = "espeak-ng";
    public static final String MANDARIN = "cmn";
    /** Words a minute; espeak-ng's 175 is fast for older listeners. */
    static final int RATE = 150;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final String voice;

    public EspeakSpeech() {
        this(DEFAULT_COMMAND, MANDARIN);
    }

    /** @param command the program, a name on PATH or a full path */
    public EspeakSpeech(String command, String voice) {
        super(command, "espeak-ng");
        this.voice = voice;
    }

    @Override
    public String engine() {
        return "espeak-ng";
    }

    /** The voice list for the language must hold the voice itself (second column). */
    @Override
    Availability probe() {
        return probeWith(List.of(command, "--voices=" + voice), PROBE_TIMEOUT,
                out -> out.lines().skip(1).map(l -> l.trim().split("\\s+"))
                        .anyMatch(cols -> cols.length > 1 && cols[1].equals(voice)),
                Availability.absent("aids.speech.noVoice", "espeak-ng", voice));
    }

    List<String> command(Path wav) {
        List<String> c = new ArrayList<>(List.of(command, "-v", voice, "-s", Integer.toString(RATE), "-b", "1"));
        if (wav != null) {
            c.add("-w");
            c.add(wav.toString());
        }
        c.add("--stdin");
        return c;
    }

    @Override
    public Speaking speak(Sentences sentences, int from, SpeechListener listener) {
        return SpeakingJob.start(engine(), listener, job -> {
            for (int i = Math.max(0, from); i < sentences.size(); i++) {
                job.sentenceStarted(i);
                Process p = job.launch(new ProcessBuilder(command(null))
                        .redirectErrorStream(true));
                try (var in = p.getOutputStream()) {
                    in.write(sentences.get(i).text().getBytes(StandardCharsets.UTF_8));
                }
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int exit = p.waitFor();
                job.checkNotStopped();
                if (exit != 0) {
                    throw new AidException("aids.speech.failed", "espeak-ng",
                            output.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit code " + exit));
                }
            }
        });
    }

    @Override
    public void synthesizeToWav(String text, Path wav) throws AidException {
        writeWav(command(wav), text.getBytes(StandardCharsets.UTF_8), wav);
    }
}
