package org.hallkiosk.input;

import java.util.List;

/**
 * Words and characters that read as typed pinyin (full, initials or a mix), for the keyboard's candidate bar:
 * words from the mirror's own titles and keywords first (so a candidate always leads somewhere), then common
 * characters.
 */
public interface PinyinCandidates {

    /** At most {@code max} candidates for {@code pinyin} (lower-case letters), best first; empty for none. */
    List<String> candidates(String pinyin, int max);
}
