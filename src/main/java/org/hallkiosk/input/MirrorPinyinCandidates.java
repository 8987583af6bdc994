package org.hallkiosk.input;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hallkiosk.mirror.Mirror;

/**
 * The candidate bar's pinyin side: the mirror's own words first (titles and keywords that read so, so a
 * candidate always leads somewhere), then common characters. Reads the mirror: call it off the FX thread.
 */
public final class MirrorPinyinCandidates implements PinyinCandidates {

    private final Mirror mirror;
    private final Supplier<CommonCharacters> characters;

    /** With the kiosk's common characters, loaded on the first look-up (off the FX thread). */
    public MirrorPinyinCandidates(Mirror mirror) {
        this(mirror, CommonCharacters::shared);
    }

    public MirrorPinyinCandidates(Mirror mirror, Supplier<CommonCharacters> characters) {
        this.mirror = mirror;
        this.characters = characters;
    }

    @Override
    public List<String> candidates(String pinyin, int max) {
        if (pinyin == null || pinyin.isEmpty() || max <= 0) {
            return List.of();
        }
        List<String> chars = characters.get().read(pinyin, max);
        // Words lead, but a syllable typed alone keeps a third of the bar for its characters.
        int forWords = max - Math.min(chars.size(), max / 3);
        Set<String> out = new LinkedHashSet<>(mirror.typingCandidates().words(pinyin, forWords));
        for (String c : chars) {
            if (out.size() >= max) {
                break;
            }
            out.add(c);
        }
        return List.copyOf(out);
    }
}
