package org.hallkiosk.mirror;

import java.util.Arrays;
import org.hallkiosk.text.ChineseNumbers;

/**
 * A 文号 or 索引号 reduced to what a visitor can type on any keyboard: brackets of every kind, 年, 号, 第,
 * slashes, dashes and spaces become one separator '#', and numbers lose leading zeros. So
 * {@code 济退役军人发〔2024〕17号}, {@code [2024]17}, {@code (2024)17} and {@code 2024年17号} all read
 * {@code #2024#17#}, and {@code 11370100MB28508779/2024-00131} contains {@code #2024#131#}.
 *
 * @param text the normalised form
 * @param origin for each character of {@code text}, the index in the original it came from
 */
record DocNumber(String text, int[] origin) {


    static final char SEP = '#';

    /** A stored number, with a separator at both ends so that a query's numbers match whole numbers only. */
    static DocNumber ofField(String value) {
        DocNumber n = normalise(value);
        boolean head = n.text.isEmpty() || n.text.charAt(0) != SEP;
        boolean tail = n.text.isEmpty() || n.text.charAt(n.text.length() - 1) != SEP;
        String text = (head ? String.valueOf(SEP) : "") + n.text + (tail ? String.valueOf(SEP) : "");
        int[] origin = new int[text.length()];
        System.arraycopy(n.origin, 0, origin, head ? 1 : 0, n.origin.length);
        if (tail) {
            origin[text.length() - 1] = Math.max(0, value.length() - 1);
        }
        return new DocNumber(text, origin);
    }

    /**
     * A query term as a number pattern, or null when it holds no digit (then it is not a number). A number at
     * either end must be whole: {@code 17} does not find {@code 117}.
     */
    static String pattern(String term) {
        boolean digit = false;
        for (int i = 0; i < term.length(); i++) {
            digit |= Character.isDigit(term.charAt(i));
        }
        if (!digit) {
            return null;
        }
        String t = normalise(term).text;
        if (t.isEmpty()) {
            return null;
        }
        if (Character.isDigit(t.charAt(0))) {
            t = SEP + t;
        }
        if (Character.isDigit(t.charAt(t.length() - 1))) {
            t = t + SEP;
        }
        return t;
    }

    /** Where a pattern matches, as a range of the original value, or null. */
    Highlight find(String pattern) {
        int at = text.indexOf(pattern);
        if (at < 0) {
            return null;
        }
        int first = at;
        int last = at + pattern.length() - 1;
        while (first < last && text.charAt(first) == SEP) {
            first++;
        }
        while (last > first && text.charAt(last) == SEP) {
            last--;
        }
        return new Highlight(origin[first], origin[last] + 1);
    }

    private static DocNumber normalise(String raw) {
        // 主席令第六十三号 is 主席令第63号: numbers in hanzi as digits, each digit remembering its hanzi
        ChineseNumbers.Mapped mapped = ChineseNumbers.toArabicMapped(raw);
        String value = mapped.text();
        StringBuilder sb = new StringBuilder(value.length() + 8);
        int[] origin = new int[2 * value.length() + 1];
        for (int i = 0; i < value.length(); i++) {
            char c = PinyinText.fold(value.charAt(i));
            boolean keep = Character.isLetterOrDigit(c) && c != '年' && c != '号' && c != '第';
            if (!keep) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) == SEP) {
                    continue;
                }
                origin[sb.length()] = mapped.origin()[i];
                sb.append(SEP);
                continue;
            }
            char last = sb.isEmpty() ? SEP : sb.charAt(sb.length() - 1);
            if (last != SEP && (PinyinText.isHan(last) && Character.isDigit(c)
                    || Character.isDigit(last) && PinyinText.isHan(c))) {
                origin[sb.length()] = mapped.origin()[i];
                sb.append(SEP); // 主席令63号 reads as 主席令第63号 does
            }
            boolean numberStart = sb.isEmpty() || !Character.isDigit(sb.charAt(sb.length() - 1));
            boolean moreDigits = i + 1 < value.length() && Character.isDigit(PinyinText.fold(value.charAt(i + 1)));
            if (c == '0' && numberStart && moreDigits) {
                continue; // a leading zero: 00131 is 131
            }
            origin[sb.length()] = mapped.origin()[i];
            sb.append(c);
        }
        return new DocNumber(sb.toString(), Arrays.copyOf(origin, sb.length()));
    }
}
