package org.hallkiosk.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hallkiosk.aids.AidException;
import org.hallkiosk.aids.Availability;
import org.hallkiosk.aids.Sentences;
import org.hallkiosk.aids.Speaking;
import org.hallkiosk.aids.Speech;
import org.hallkiosk.aids.SpeechEnd;
import org.hallkiosk.aids.SpeechListener;

/**
 * A speech engine for screen tests that makes no sound: each of the first {@code quick} sentences "takes" a
 * {@code sleep 0.2} process, the next one a {@code sleep 60}, so a reading moves on, then stays until stopped.
 * Stopping kills the process, as the real engines do.
 */
final class SlowSpeech implements Speech {

    private final int quick;
    volatile Process running;
    /** The process of the sentence that stays until stopped, once the reading has got there. */
    volatile Process longSentence;

    SlowSpeech(int quick) {
        this.quick = quick;
    }

    @Override
    public String engine() {
        return "slow-test";
    }

    @Override
    public Availability availability() {
        return Availability.works();
    }

    @Override
    public Speaking speak(Sentences sentences, int from, SpeechListener listener) {
        CountDownLatch done = new CountDownLatch(1);
        SpeechEnd[] end = new SpeechEnd[1];
        AtomicBoolean stopped = new AtomicBoolean();
        Thread t = new Thread(() -> {
            SpeechEnd result = SpeechEnd.COMPLETED;
            try {
                for (int i = from; i < sentences.size() && !stopped.get(); i++) {
                    listener.sentenceStarted(i);
                    boolean quickOne = i < from + quick;
                    Process p = new ProcessBuilder("sleep", quickOne ? "0.2" : "60").start();
                    running = p;
                    if (!quickOne) {
                        longSentence = p;
                    }
                    p.waitFor();
                }
                if (stopped.get()) {
                    result = SpeechEnd.STOPPED;
                }
            } catch (Exception e) {
                result = SpeechEnd.FAILED;
            }
            end[0] = result;
            done.countDown();
            listener.finished(result, null);
        }, "slow-speech");
        t.setDaemon(true);
        t.start();
        return new Speaking() {
            @Override
            public void stop() {
                stopped.set(true);
                Process p = running;
                if (p != null) {
                    p.destroyForcibly();
                }
            }

            @Override
            public boolean isFinished() {
                return done.getCount() == 0;
            }

            @Override
            public Optional<SpeechEnd> awaitEnd(Duration timeout) throws InterruptedException {
                return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(end[0]) : Optional.empty();
            }
        };
    }

    @Override
    public void synthesizeToWav(String text, Path wav) throws AidException {
        throw new AidException("aids.speech.turnedOff");
    }
}
