package org.hallkiosk.aids;

import java.nio.file.Path;

/** No reading aloud: chosen by {@code read_aloud: none}, or what is left when no engine works. */
public final class NoSpeech implements Speech {

    private final Availability why;

    /** @param why why there is no speech; the staff panel shows it */
    public NoSpeech(Availability why) {
        if (why.isWorking()) {
            throw new IllegalArgumentException("NoSpeech needs a reason");
        }
        this.why = why;
    }

    @Override
    public String engine() {
        return "none";
    }

    @Override
    public Availability availability() {
        return why;
    }

    @Override
    public Speaking speak(Sentences sentences, int from, SpeechListener listener) {
        return SpeakingJob.start(engine(), listener, job -> {
            throw new AidException(why.reasonKey(), why.reasonArgs().toArray());
        });
    }

    @Override
    public void synthesizeToWav(String text, Path wav) throws AidException {
        throw new AidException(why.reasonKey(), why.reasonArgs().toArray());
    }
}
