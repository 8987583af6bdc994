package org.hallkiosk.publish;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text as 政务公开 staff write it: full-width punctuation, dates in several forms, lists in one cell. */
final class ChineseText {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern TIME = Pattern.compile("[ T日]\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{2})\\s*分?(?::\\d{2})?\\s*$");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,；;\\n\\r]+");

    private ChineseText() {
    }

    /**
     * Half-width , : ; ? ! ( ) beside a Chinese character become full-width, as the platform's own pages
     * have them (text copied out of a page or a PDF often loses them); everything else stays as written.
     */
    static String fullWidthPunctuation(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int full = switch (c) {
                case ',' -> '，';
                case ':' -> '：';
                case ';' -> '；';
                case '?' -> '？';
                case '!' -> '！';
                case '(' -> '（';
                case ')' -> '）';
                default -> -1;
            };
            boolean besideChinese = (i > 0 && isChinese(text.charAt(i - 1)))
                    || (i + 1 < text.length() && isChinese(text.charAt(i + 1)));
            out.append(full >= 0 && besideChinese ? (char) full : c);
        }
        return out.toString();
    }

    static boolean isChinese(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }

    /** Trims ordinary and full-width spaces and non-breaking spaces. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    }

    /** 2024-06-18, 2024/6/18, 2024.6.18, 2024年6月18日 (a time after it is ignored); null when it is none. */
    static LocalDate date(String text) {
        Matcher m = DATE.matcher(clean(text));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The time of day written after a date (2024-04-18 09:30, 2024年4月18日9时30分), or null. */
    static LocalTime time(String text) {
        Matcher m = TIME.matcher(clean(text));
        if (!m.find()) {
            return null;
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A cell holding several values: 、 ， , ； ; or line breaks between them. */
    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(clean(text))) {
            String p = clean(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The first whole number in a text such as 20个工作日, or null. */
    static Integer days(String text) {
        Matcher m = Pattern.compile("(\\d{1,4})").matcher(clean(text));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
