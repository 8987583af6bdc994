package org.hallkiosk.text;

import com.hankcs.hanlp.HanLP;

/**
 * The first step for anything a visitor typed: at most {@link #MAX_CHARS} characters are looked at; control
 * and format characters, lone surrogates, unassigned and private-use code points and characters outside the
 * Basic Multilingual Plane become spaces; full-width letters, digits and punctuation become ASCII, upper case
 * lower; traditional characters become simplified (優待證 → 优待证); runs of spaces become one.
 */
public final class TextNormalizer {

    /** What a query can mean fits in far fewer; a cap keeps any input's cost bounded. */
    public static final int MAX_CHARS = 64;

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String folded = foldAndClip(raw);
        return folded.isEmpty() ? folded : HanLP.convertToSimplifiedChinese(folded);
    }

    /** Everything {@link #normalize} does except 繁→简 (which needs HanLP's tables). */
    static String foldAndClip(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), MAX_CHARS));
        int kept = 0;
        for (int i = 0; i < raw.length() && kept < MAX_CHARS; i++) {
            char c = fold(raw.charAt(i));
            boolean space = Character.isWhitespace(c) || !usable(c);
            if (space) {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                continue;
            }
            sb.append(c);
            kept++;
        }
        return sb.toString().strip();
    }

    /** Full-width ASCII as ASCII, the ideographic space as a space, upper case as lower; one char for one. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        return Character.toLowerCase(c);
    }

    private static boolean usable(char c) {
        if (Character.isSurrogate(c)) {
            return false; // paired or not: search reads the Basic Multilingual Plane only
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.SURROGATE -> false;
            default -> true;
        };
    }
}
