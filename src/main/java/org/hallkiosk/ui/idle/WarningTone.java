package org.hallkiosk.ui.idle;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * A short, soft two-note chime with the idle warning, for a visitor who has looked away from the screen.
 * Played with the JDK's javax.sound where the machine has a sound device; where it has none, or the device
 * fails, the warning is silent and the reason is logged. Never throws. Call {@link #play} off the FX thread.
 */
public final class WarningTone {

    private static final Logger LOG = Logger.getLogger(WarningTone.class.getName());
    private static final float RATE = 22_050f;
    private static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

    private WarningTone() {
    }

    /** Whether a line that plays the tone exists here (a sound card and its driver). */
    public static boolean available() {
        try {
            return AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, FORMAT));
        } catch (RuntimeException | Error e) { // a broken sound stack must not stop the kiosk
            LOG.log(Level.INFO, "no sound device for the idle warning tone: " + e);
            return false;
        }
    }

    /** Plays the chime and returns when it has played; false (and a log line) when it could not. */
    public static boolean play() {
        if (!available()) {
            LOG.fine("idle warning tone: no sound device");
            return false;
        }
        byte[] samples = chime();
        try (SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT)) {
            line.open(FORMAT, samples.length);
            line.start();
            line.write(samples, 0, samples.length);
            line.drain();
            return true;
        } catch (LineUnavailableException | RuntimeException e) {
            LOG.log(Level.WARNING, "the idle warning tone could not play: " + e);
            return false;
        }
    }

    /** Two notes (E6, C6), 0.18 s each, faded in and out so that they do not click. */
    static byte[] chime() {
        double[] notes = {1318.5, 1046.5};
        int perNote = (int) (RATE * 0.18);
        byte[] out = new byte[notes.length * perNote * 2];
        int at = 0;
        for (double f : notes) {
            for (int i = 0; i < perNote; i++) {
                double fade = Math.min(1, Math.min(i, perNote - i) / (RATE * 0.02));
                short v = (short) (Math.sin(2 * Math.PI * f * i / RATE) * fade * 0.3 * Short.MAX_VALUE);
                out[at++] = (byte) v;
                out[at++] = (byte) (v >> 8);
            }
        }
        return out;
    }
}
