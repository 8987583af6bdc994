package org.hallkiosk.aids;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Windows' own speech (SAPI, System.Speech) through one PowerShell process per reading. The script is fixed and
 * goes in as -EncodedCommand; the sentences go in on standard input, one a line, as "index base64(UTF-8)", so no
 * code page or quoting can garble Chinese or let a sentence become code. Before each sentence the script prints
 * {@code SENTENCE <index>}, which drives the highlight.
 */
public final class SapiSpeech extends ProgramSpeech {

    public static final String DEFAULT_COMMAND = "powershell.exe";
    static final String MARKER = "SENTENCE ";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    /** Picks an enabled Chinese voice when there is one; slightly slower than the default for older listeners. */
    private static final String SETUP = """
            $ErrorActionPreference = 'Stop'
            Add-Type -AssemblyName System.Speech
            $s = New-Object System.Speech.Synthesis.SpeechSynthesizer
            $v = $s.GetInstalledVoices() | Where-Object { $_.Enabled -and $_.VoiceInfo.Culture.Name -like 'zh*' } |
              Select-Object -First 1
            if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }
            $s.Rate = -1
            """;

    private static final String READ_LINES = """
            while (($line = [Console]::In.ReadLine()) -ne $null) {
              if ($line.Trim().Length -eq 0) { continue }
              $parts = $line.Split(' ')
              $text = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($parts[1]))
              [Console]::Out.WriteLine('%s' + $parts[0])
              [Console]::Out.Flush()
              $s.Speak($text)
            }
            """.formatted(MARKER);

    private static final String LIST_VOICES = """
            $ErrorActionPreference = 'Stop'
            Add-Type -AssemblyName System.Speech
            $s = New-Object System.Speech.Synthesis.SpeechSynthesizer
            $s.GetInstalledVoices() | Where-Object { $_.Enabled } | ForEach-Object { 'VOICE ' + $_.VoiceInfo.Culture.Name }
            """;

    private final boolean onWindows;

    public SapiSpeech() {
        this(DEFAULT_COMMAND, SpeechEngines.isWindows(System.getProperty("os.name", "")));
    }

    public SapiSpeech(String command, boolean onWindows) {
        super(command, "PowerShell");
        this.onWindows = onWindows;
    }

    @Override
    public String engine() {
        return "sapi";
    }

    /** Needs Windows, PowerShell, and an enabled Chinese voice. */
    @Override
    Availability probe() {
        if (!onWindows) {
            return Availability.absent("aids.speech.sapiOnlyWindows");
        }
        return probeWith(command(LIST_VOICES), PROBE_TIMEOUT, out -> out.lines().anyMatch(l -> l.startsWith("VOICE zh")),
                Availability.absent("aids.speech.noChineseSapiVoice"));
    }

    /** The full command line that runs {@code script}. */
    List<String> command(String script) {
        byte[] utf16 = script.getBytes(StandardCharsets.UTF_16LE);
        return List.of(command, "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
                "-EncodedCommand", Base64.getEncoder().encodeToString(utf16));
    }

    /** The script that speaks the lines it is given. */
    static String speakScript() {
        return SETUP + READ_LINES;
    }

    /** The script that writes the lines it is given to {@code wav} instead of the speakers. */
    static String wavScript(Path wav) {
        String path = Base64.getEncoder().encodeToString(wav.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
        return SETUP + "$s.SetOutputToWaveFile([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('"
                + path + "')))\n" + READ_LINES + "$s.Dispose()\n";
    }

    /** What goes to the script's standard input: one line per sentence, from {@code from} on. */
    static String input(Sentences sentences, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from); i < sentences.size(); i++) {
            b.append(i).append(' ').append(Base64.getEncoder().encodeToString(
                    sentences.get(i).text().getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        return b.toString();
    }

    @Override
    public Speaking speak(Sentences sentences, int from, SpeechListener listener) {
        return SpeakingJob.start(engine(), listener, job -> {
            Process p = job.launch(new ProcessBuilder(command(speakScript())).redirectErrorStream(true));
            // fed from its own thread: a long text fills the pipe while a sentence is spoken, and the markers
            // must still be read as they come, or the highlight would lag behind the voice
            Thread feeder = new Thread(() -> {
                try (Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.US_ASCII)) {
                    in.write(input(sentences, from));
                } catch (IOException e) {
                    // the process ended (stopped, or failed: its output says why)
                }
            }, "speech-sapi-input");
            feeder.setDaemon(true);
            feeder.start();
            List<String> other = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(MARKER)) {
                        job.sentenceStarted(Integer.parseInt(line.substring(MARKER.length()).trim()));
                    } else if (!line.isBlank()) {
                        other.add(line);
                    }
                }
            }
            int exit = p.waitFor();
            job.checkNotStopped();
            if (exit != 0) {
                throw new AidException("aids.speech.failed", "SAPI", other.isEmpty() ? "exit code " + exit : other.get(0));
            }
        });
    }

    @Override
    public void synthesizeToWav(String text, Path wav) throws AidException {
        writeWav(command(wavScript(wav)), input(Sentences.split(text), 0).getBytes(StandardCharsets.US_ASCII), wav);
    }
}
