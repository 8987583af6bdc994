package org.hallkiosk.text;

import java.util.Arrays;

/**
 * Numbers written in hanzi as digits where they count something a visitor looks up: after 第 or before a
 * unit (号, 条, 年, 岁 …). So 第六十三号 reads 第63号, 二〇二四年 2024年, 六十岁 60岁; 一次性 stays as it is.
 */
public final class ChineseNumbers {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final String UNITS = "号条款年岁周批期项元届次";

    private ChineseNumbers() {
    }

    /** A converted text, and for each of its characters the index in the original it came from. */
    public record Mapped(String text, int[] origin) {
    }

    public static String toArabic(String text) {
        return toArabicMapped(text).text();
    }

    public static Mapped toArabicMapped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[2 * text.length() + 1]; // 十 is one hanzi, two digits
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isNumeral(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                origin[out.length()] = i;
                out.append(text.charAt(i++));
                continue;
            }
            boolean afterDi = i > 0 && text.charAt(i - 1) == '第';
            boolean beforeUnit = end < text.length() && UNITS.indexOf(text.charAt(end)) >= 0
                    && !(text.charAt(end) == '次' && !afterDi);
            long value = (afterDi || beforeUnit) ? value(text.substring(i, end)) : -1;
            String digits = value >= 0 ? Long.toString(value) : text.substring(i, end);
            for (int k = 0; k < digits.length(); k++) {
                origin[out.length()] = k == digits.length() - 1 ? end - 1 : Math.min(end - 1, i + k);
                out.append(digits.charAt(k));
            }
            i = end;
        }
        return new Mapped(out.toString(), Arrays.copyOf(origin, out.length()));
    }

    private static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万';
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '两' -> 2;
            default -> "零一二三四五六七八九".indexOf(c);
        };
    }

    /** 六十三 → 63, 一百零五 → 105, 十 → 10, 二〇二四 → 2024 (digit by digit when no 十百千万); -1 if odd. */
    static long value(String s) {
        if (s.length() > 12) {
            return -1;
        }
        boolean positional = s.chars().noneMatch(ch -> ch == '十' || ch == '百' || ch == '千' || ch == '万');
        if (positional) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long number = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                number = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 10000;
            };
            if (unit == 10000) {
                total += (section + number) * unit;
                section = 0;
            } else {
                section += (number == 0 && unit == 10 ? 1 : number) * unit;
            }
            number = 0;
        }
        return total + section + number;
    }
}
