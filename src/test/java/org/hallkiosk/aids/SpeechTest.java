package org.hallkiosk.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.hallkiosk.config.ReadAloudSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The speech engines against the real espeak-ng (installed by scripts/install-test-deps.sh). */
class SpeechTest {

    @TempDir
    Path tmp;

    @Test
    void espeakSpeaksChineseToAWavFileThatIsNotSilent() throws Exception {
        EspeakSpeech espeak = new EspeakSpeech();
        assertThat(espeak.availability().isWorking()).as(espeak.availability().toString()).isTrue();

        Path wav = tmp.resolve("read.wav");
        espeak.synthesizeToWav("退役军人优待证可以在服务大厅申领。", wav);

        Wav w = Wav.read(wav);
        System.out.printf("espeak-ng WAV: %d samples at %d Hz, peak %d, rms %.0f%n",
                w.samples().length, w.sampleRate(), w.peak(), w.rms());
        assertThat(w.bitsPerSample()).isEqualTo(16);
        // at least a second of speech, loud enough to hear
        assertThat(w.samples().length).isGreaterThan(w.sampleRate());
        assertThat(w.peak()).isGreaterThan(3000);
        assertThat(w.rms()).isGreaterThan(300);
    }

    @Test
    void espeakIsReportedAbsentWithAReasonWhenItsProgramIsMissing() {
        String missing = tmp.resolve("no-such-espeak-ng").toString();
        EspeakSpeech espeak = new EspeakSpeech(missing, EspeakSpeech.MANDARIN);

        Availability a = espeak.availability();
        assertThat(a.isWorking()).isFalse();
        assertThat(a.reasonKey()).isEqualTo("aids.speech.notInstalled");
        assertThat(a.reason()).contains("espeak-ng").contains(missing);
        assertThatThrownBy(() -> espeak.synthesizeToWav("你好。", tmp.resolve("x.wav")))
                .isInstanceOf(AidException.class).hasMessageContaining(missing);
    }

    @Test
    void espeakWithoutTheVoiceIsAbsent() {
        EspeakSpeech espeak = new EspeakSpeech(EspeakSpeech.DEFAULT_COMMAND, "xx-no-such-voice");
        assertThat(espeak.availability().reasonKey()).isEqualTo("aids.speech.noVoice");
    }

    @Test
    void speakingStartsAtTheGivenSentenceAndReportsEachOne() throws Exception {
        Sentences s = Sentences.split("第一句。第二句。第三句。");
        List<Integer> started = new CopyOnWriteArrayList<>();
        AtomicReference<SpeechEnd> end = new AtomicReference<>();
        Speaking speaking = new EspeakSpeech().speak(s, 1, new SpeechListener() {
            @Override
            public void sentenceStarted(int index) {
                started.add(index);
            }

            @Override
            public void finished(SpeechEnd e, String problem) {
                end.set(e);
            }
        });

        assertThat(speaking.awaitEnd(Duration.ofSeconds(60))).isPresent();
        // without a sound card espeak-ng still exits cleanly, so the reading completes
        assertThat(started).containsExactly(1, 2);
        assertThat(end.get()).isEqualTo(SpeechEnd.COMPLETED);
        assertThat(speaking.isFinished()).isTrue();
    }

    @Test
    void stopEndsTheReadingBeforeTheNextSentence() throws Exception {
        Sentences s = Sentences.split("第一句。第二句。第三句。第四句。");
        List<Integer> started = new CopyOnWriteArrayList<>();
        AtomicReference<Speaking> handle = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(1);
        Speaking speaking = new EspeakSpeech().speak(s, 0, new SpeechListener() {
            @Override
            public void sentenceStarted(int index) {
                started.add(index);
                try {
                    ready.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                handle.get().stop();
            }
        });
        handle.set(speaking);
        ready.countDown();

        assertThat(speaking.awaitEnd(Duration.ofSeconds(30))).contains(SpeechEnd.STOPPED);
        assertThat(started).containsExactly(0);
        speaking.stop(); // twice is fine
    }

    @Test
    void stopKillsTheProcessThatIsSpeaking() throws Exception {
        AtomicReference<Process> running = new AtomicReference<>();
        CountDownLatch launched = new CountDownLatch(1);
        // a process that would speak for a minute, started the way every engine starts its process
        SpeakingJob job = SpeakingJob.start("test", SpeechListener.NONE, j -> {
            Process p = j.launch(new ProcessBuilder("sleep", "60"));
            running.set(p);
            launched.countDown();
            p.waitFor();
            j.checkNotStopped();
        });
        launched.await();
        job.stop();

        assertThat(job.awaitEnd(Duration.ofSeconds(20))).contains(SpeechEnd.STOPPED);
        assertThat(running.get().isAlive()).isFalse();
    }

    @Test
    void aMissingEngineFailsThroughTheListenerNotByThrowing() throws Exception {
        AtomicReference<String> problem = new AtomicReference<>();
        Speaking speaking = new EspeakSpeech(tmp.resolve("gone").toString(), "cmn").speak("你好。", new SpeechListener() {
            @Override
            public void finished(SpeechEnd end, String p) {
                problem.set(end + " " + p);
            }
        });
        assertThat(speaking.awaitEnd(Duration.ofSeconds(30))).contains(SpeechEnd.FAILED);
        assertThat(problem.get()).startsWith("FAILED").contains("gone");
    }

    @Test
    void sapiIsAbsentOffWindowsAndItsCommandCarriesTheScriptAndTextSafely() {
        SapiSpeech sapi = new SapiSpeech("powershell.exe", false);
        assertThat(sapi.availability().reasonKey()).isEqualTo("aids.speech.sapiOnlyWindows");

        List<String> command = sapi.command(SapiSpeech.speakScript());
        assertThat(command.subList(0, 6)).containsExactly("powershell.exe", "-NoProfile", "-NonInteractive",
                "-ExecutionPolicy", "Bypass", "-EncodedCommand");
        String script = new String(Base64.getDecoder().decode(command.get(6)), StandardCharsets.UTF_16LE);
        assertThat(script).contains("Add-Type -AssemblyName System.Speech", "$s.Speak($text)",
                "[Console]::In.ReadLine()", "'zh*'");

        // sentences travel as ASCII, so no code page can garble them and none can become code
        String evil = "第二句') | Remove-Item C:\\ -Recurse | ('。";
        String input = SapiSpeech.input(Sentences.split("第一句。" + evil), 1);
        assertThat(input).isEqualTo("1 " + Base64.getEncoder().encodeToString(evil.getBytes(StandardCharsets.UTF_8)) + "\n");
        assertThat(input).matches("[ -~\\n]+");

        String wavScript = SapiSpeech.wavScript(Path.of("C:\\缓存\\a.wav"));
        assertThat(wavScript).contains("SetOutputToWaveFile").doesNotContain("缓存");
    }

    @Test
    void sapiWithoutPowerShellIsAbsentOnWindows() {
        SapiSpeech sapi = new SapiSpeech(tmp.resolve("powershell.exe").toString(), true);
        assertThat(sapi.availability().reasonKey()).isEqualTo("aids.speech.notInstalled");
    }

    @Test
    void configChoosesTheEngine() {
        EspeakSpeech espeak = new EspeakSpeech();
        EspeakSpeech noEspeak = new EspeakSpeech(tmp.resolve("none").toString(), "cmn");
        SapiSpeech sapiOffWindows = new SapiSpeech("powershell.exe", false);

        assertThat(SpeechEngines.choose(ReadAloudSetting.NONE, "Linux", espeak, sapiOffWindows).availability().reasonKey())
                .isEqualTo("aids.speech.turnedOff");
        assertThat(SpeechEngines.choose(ReadAloudSetting.AUTO, "Linux", espeak, sapiOffWindows)).isSameAs(espeak);
        assertThat(SpeechEngines.choose(ReadAloudSetting.SAPI, "Linux", espeak, sapiOffWindows)).isSameAs(sapiOffWindows);

        Speech none = SpeechEngines.choose(ReadAloudSetting.AUTO, "Linux", noEspeak, sapiOffWindows);
        assertThat(none).isInstanceOf(NoSpeech.class);
        assertThat(none.availability().reasonKey()).isEqualTo("aids.speech.notInstalled");
        // on Windows without working SAPI, auto falls back to espeak-ng when that works
        assertThat(SpeechEngines.choose(ReadAloudSetting.AUTO, "Windows 11", espeak,
                new SapiSpeech(tmp.resolve("ps").toString(), true))).isSameAs(espeak);
    }

    /** A 16-bit PCM WAV file, read by its chunks. */
    record Wav(int sampleRate, int bitsPerSample, short[] samples) {

        static Wav read(Path file) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(new String(bytes(b, 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(new String(bytes(b, 8, 4), StandardCharsets.US_ASCII)).isEqualTo("WAVE");
            int pos = 12;
            int rate = 0;
            int bits = 0;
            while (pos + 8 <= b.limit()) {
                String id = new String(bytes(b, pos, 4), StandardCharsets.US_ASCII);
                int size = b.getInt(pos + 4);
                if (id.equals("fmt ")) {
                    assertThat(b.getShort(pos + 8)).as("PCM").isEqualTo((short) 1);
                    rate = b.getInt(pos + 12);
                    bits = b.getShort(pos + 22);
                } else if (id.equals("data")) {
                    // espeak-ng writing to a file it cannot seek may leave the size unset
                    int n = Math.min(size <= 0 ? Integer.MAX_VALUE : size, b.limit() - pos - 8) / 2;
                    short[] samples = new short[n];
                    for (int i = 0; i < n; i++) {
                        samples[i] = b.getShort(pos + 8 + 2 * i);
                    }
                    return new Wav(rate, bits, samples);
                }
                pos += 8 + size + (size & 1);
            }
            throw new AssertionError("no data chunk in " + file);
        }

        private static byte[] bytes(ByteBuffer b, int at, int n) {
            byte[] out = new byte[n];
            b.get(at, out);
            return out;
        }

        int peak() {
            int peak = 0;
            for (short s : samples) {
                peak = Math.max(peak, Math.abs(s));
            }
            return peak;
        }

        double rms() {
            double sum = 0;
            for (short s : samples) {
                sum += (double) s * s;
            }
            return Math.sqrt(sum / samples.length);
        }
    }
}
