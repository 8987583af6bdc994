package org.hallkiosk.publish;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's lines into CommonMark as the kiosk shows it: 一、 lines become headings, a short
 * （一） line a sub-heading and a long one a paragraph whose lead sentence is strong, 1. / 1、 / （1） lines
 * an ordered list, • lines a bullet list, everything else a paragraph with Markdown's own characters escaped.
 */
final class BodyText {

    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十百]+、.*");
    private static final Pattern SUBSECTION = Pattern.compile("^（[一二三四五六七八九十百]+）.*");
    private static final Pattern NUMBERED = Pattern.compile("^(?:(\\d{1,3})[.、．](?!\\d)|（(\\d{1,3})）)\\s*(.+)");
    private static final Pattern BULLET = Pattern.compile("^[•·●▪■◆]\\s*(.+)");
    private static final int SHORT_HEADING = 40;
    private static final int LEAD_SENTENCE = 60;

    private final StringBuilder out = new StringBuilder();
    private String lastKind = "";

    /** One line as written: its pattern decides what it becomes. */
    BodyText line(String raw) {
        String text = ChineseText.fullWidthPunctuation(ChineseText.clean(raw));
        if (text.isEmpty()) {
            return this;
        }
        if (SECTION.matcher(text).matches()) {
            return heading(2, text);
        }
        if (SUBSECTION.matcher(text).matches()) {
            if (text.length() <= SHORT_HEADING && !text.matches(".*[。；;：]$")) {
                return heading(3, text);
            }
            int stop = text.indexOf('。');
            if (stop > 0 && stop < LEAD_SENTENCE && stop + 1 < text.length()) {
                // The 。 stays outside the **: CommonMark does not close emphasis after punctuation that is
                // followed by a letter, which every Chinese sentence would be.
                return block("p", "**" + escape(text.substring(0, stop)) + "**"
                        + escape(text.substring(stop)));
            }
            return paragraph(text);
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            String n = numbered.group(1) != null ? numbered.group(1) : numbered.group(2);
            return listItem("ol", n + ". " + escape(numbered.group(3)));
        }
        Matcher bullet = BULLET.matcher(text);
        if (bullet.matches()) {
            return bullet(bullet.group(1));
        }
        return paragraph(text);
    }

    BodyText heading(int level, String text) {
        return block("h", "#".repeat(level) + " " + escape(ChineseText.clean(text)));
    }

    BodyText paragraph(String text) {
        return block("p", escape(ChineseText.clean(text)));
    }

    BodyText bullet(String text) {
        return listItem("ul", "- " + escape(ChineseText.clean(text)));
    }

    BodyText numbered(int n, String text) {
        return listItem("ol", n + ". " + escape(ChineseText.clean(text)));
    }

    /**
     * A table row. The kiosk renders plain CommonMark (no table extension), so a table becomes a list whose
     * items read "列名：值；列名：值", which every CommonMark reader shows legibly.
     */
    BodyText tableRow(List<String> header, List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = ChineseText.clean(cells.get(i));
            if (cell.isEmpty()) {
                continue;
            }
            if (row.length() > 0) {
                row.append('；');
            }
            String name = header != null && i < header.size() ? ChineseText.clean(header.get(i)) : "";
            row.append(name.isEmpty() ? cell : name + "：" + cell);
        }
        return row.length() == 0 ? this : bullet(row.toString());
    }

    /** Ends a list, so the next list starts anew (a table after a list). */
    BodyText breakList() {
        lastKind = "";
        return this;
    }

    private BodyText listItem(String kind, String line) {
        if (!kind.equals(lastKind) && out.length() > 0) {
            out.append('\n');
        }
        out.append(line).append('\n');
        lastKind = kind;
        return this;
    }

    private BodyText block(String kind, String line) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(line).append('\n');
        lastKind = kind;
        return this;
    }

    boolean isEmpty() {
        return out.length() == 0;
    }

    String markdown() {
        return out.toString();
    }

    /** Escapes what CommonMark would read as markup, so the text shows as written. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        String e = s.toString();
        if (e.matches("^[#+\\-=|>].*")) {
            e = "\\" + e;
        }
        Matcher number = Pattern.compile("^(\\d{1,9})([.)])(\\s.*|)$").matcher(e);
        if (number.matches()) {
            e = number.group(1) + "\\" + number.group(2) + number.group(3);
        }
        return e;
    }
}
