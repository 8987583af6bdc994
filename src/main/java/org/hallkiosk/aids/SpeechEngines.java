package org.hallkiosk.aids;

import java.util.Locale;
import org.hallkiosk.config.ReadAloudSetting;

/** Makes the speech engine that {@code read_aloud} in kiosk.yaml names. */
public final class SpeechEngines {

    private SpeechEngines() {
    }

    /** The engine for this machine; probes it (starting a process), so call it off the FX thread. */
    public static Speech choose(ReadAloudSetting setting) {
        return choose(setting, System.getProperty("os.name", ""), new EspeakSpeech(), new SapiSpeech());
    }

    /**
     * {@code auto} takes the engine of the operating system, and the other one when that does not work; when
     * neither works the result is {@link NoSpeech} carrying the reason of the one that was expected.
     * A named engine is returned as it is, working or not, so the staff panel says why it does not.
     */
    static Speech choose(ReadAloudSetting setting, String osName, EspeakSpeech espeak, SapiSpeech sapi) {
        return switch (setting) {
            case ESPEAK_NG -> espeak;
            case SAPI -> sapi;
            case NONE -> new NoSpeech(Availability.absent("aids.speech.turnedOff"));
            case AUTO -> {
                Speech first = isWindows(osName) ? sapi : espeak;
                Speech second = isWindows(osName) ? espeak : sapi;
                if (first.availability().isWorking()) {
                    yield first;
                }
                yield second.availability().isWorking() ? second : new NoSpeech(first.availability());
            }
        };
    }

    static boolean isWindows(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
