package org.hallkiosk.aids;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A reading on its own daemon thread. An engine's body launches its processes through {@link #launch}, so that
 * {@link #stop()} can kill whichever process is speaking right now, and reports sentences through
 * {@link #sentenceStarted}.
 */
final class SpeakingJob implements Speaking {

    /** What an engine does to read; runs on the job's thread. */
    @FunctionalInterface
    interface Body {
        void run(SpeakingJob job) throws Exception;
    }

    /** Thrown inside a body once stop was asked for, to leave it. */
    static final class Stopped extends Exception {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final SpeechListener listener;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private volatile SpeechEnd end;
    private Process current;

    private SpeakingJob(SpeechListener listener) {
        this.listener = listener;
    }

    static SpeakingJob start(String engine, SpeechListener listener, Body body) {
        SpeakingJob job = new SpeakingJob(listener);
        Thread t = new Thread(() -> job.run(body), "speech-" + engine);
        t.setDaemon(true);
        t.start();
        return job;
    }

    private void run(Body body) {
        String problem = null;
        try {
            body.run(this);
            end = stopRequested ? SpeechEnd.STOPPED : SpeechEnd.COMPLETED;
        } catch (Exception e) {
            if (stopRequested || e instanceof Stopped) {
                end = SpeechEnd.STOPPED;
            } else {
                end = SpeechEnd.FAILED;
                problem = e.getMessage();
            }
        } finally {
            synchronized (this) {
                if (current != null) {
                    kill(current);
                }
            }
            try {
                listener.finished(end, problem);
            } finally {
                done.countDown();
            }
        }
    }

    /** Starts a process that stop() will kill; refuses once stop was asked for. */
    Process launch(ProcessBuilder builder) throws IOException, Stopped {
        synchronized (this) {
            checkNotStopped();
            current = builder.start();
            return current;
        }
    }

    void checkNotStopped() throws Stopped {
        if (stopRequested) {
            throw new Stopped();
        }
    }

    void sentenceStarted(int index) throws Stopped {
        checkNotStopped();
        listener.sentenceStarted(index);
    }

    @Override
    public void stop() {
        stopRequested = true;
        synchronized (this) {
            if (current != null) {
                kill(current);
            }
        }
    }

    /** PowerShell may start children of its own; they go too. */
    static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    @Override
    public boolean isFinished() {
        return done.getCount() == 0;
    }

    @Override
    public Optional<SpeechEnd> awaitEnd(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(end) : Optional.empty();
    }
}
