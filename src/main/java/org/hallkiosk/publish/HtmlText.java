package org.hallkiosk.publish;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a saved page: scripts and styles dropped, block ends as line breaks, table cells side by side
 * (so "索引号：" and its value in two cells stay on one line), entities decoded.
 */
final class HtmlText {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)",
            Pattern.CASE_INSENSITIVE);

    private HtmlText() {
    }

    /** The charset the page declares (government sites often use GBK), else UTF-8. */
    static Charset charset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(head);
        if (m.find()) {
            try {
                String name = m.group(1);
                return name.equalsIgnoreCase("gb2312") || name.equalsIgnoreCase("gbk")
                        ? Charset.forName("GB18030") : Charset.forName(name);
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    static String toText(String html) {
        String t = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", "");
        t = t.replaceAll("(?is)<!--.*?-->", "");
        t = t.replaceAll("(?i)</t[dh]>", " ");
        t = t.replaceAll("(?i)<br\\s*/?>|</(p|div|tr|li|h[1-6]|table|ul|ol|section|article)>", "\n");
        t = t.replaceAll("(?s)<[^>]*>", "");
        return decodeEntities(t);
    }

    static String decodeEntities(String text) {
        Matcher m = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                r = switch (e) {
                    case "nbsp" -> " ";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "ldquo" -> "“";
                    case "rdquo" -> "”";
                    case "mdash" -> "—";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
