package org.hallkiosk.mirror;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.hallkiosk.content.Faq;
import org.hallkiosk.content.GuideDetails;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.Material;
import org.hallkiosk.content.Step;

/**
 * Text as the full-text index sees it. Chinese has no spaces between words, and a trigram index finds nothing
 * for the two-character words visitors type most (优待, 抚恤), so a run of hanzi is indexed as its bigrams in
 * order (a query of 2+ hanzi is the phrase of its bigrams) followed by each of its characters once (a query
 * of one hanzi). Latin words and numbers are indexed as words.
 *
 * <p>The tokens are split and folded here, once, and FTS5's {@code ascii} tokenizer only cuts them at the
 * spaces: its {@code unicode61} default looked every character up again in its Unicode tables, which made
 * inserting the tokens three times as slow. So what {@code unicode61} also did is done here, for the index
 * and the queries alike: lower case ({@link PinyinText#fold}) and Latin letters without their diacritics.
 */
final class SearchText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    private SearchText() {
    }

    /** The tokens of a text for FTS5, separated by spaces (the {@code ascii} tokenizer cuts them there). */
    static String tokens(String text) {
        return new String(tokensUtf8(text), StandardCharsets.UTF_8);
    }

    /**
     * The same tokens as UTF-8, which is what the index is given: written as bytes straight away, because
     * building them as a String and converting it was most of the cost of preparing an item for the index.
     */
    static byte[] tokensUtf8(String text) {
        Utf8Out out = new Utf8Out(text.length() * 8 + 16);
        Utf8Out unigrams = new Utf8Out(256);
        BitSet seen = new BitSet();
        char prevHan = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = PinyinText.fold(text.charAt(i));
            if (PinyinText.isHan(c)) {
                if (inWord) {
                    out.space();
                    inWord = false;
                }
                if (prevHan != 0) {
                    out.put(prevHan);
                    out.put(c);
                    out.space();
                }
                if (!seen.get(c)) {
                    seen.set(c);
                    unigrams.put(c);
                    unigrams.space();
                }
                prevHan = c;
            } else if (Character.isLetterOrDigit(c)) {
                out.put(bare(c));
                inWord = true;
                prevHan = 0;
            } else {
                if (inWord) {
                    out.space();
                    inWord = false;
                }
                prevHan = 0;
            }
        }
        if (inWord) {
            out.space();
        }
        out.append(unigrams);
        return out.bytes();
    }

    /** A growing buffer of UTF-8 for characters of the Basic Multilingual Plane that are not surrogates. */
    private static final class Utf8Out {
        private byte[] buf;
        private int len;

        Utf8Out(int capacity) {
            buf = new byte[capacity];
        }

        void space() {
            room(1);
            buf[len++] = ' ';
        }

        void put(char c) {
            room(3);
            if (c < 0x80) {
                buf[len++] = (byte) c;
            } else if (c < 0x800) {
                buf[len++] = (byte) (0xC0 | c >> 6);
                buf[len++] = (byte) (0x80 | c & 0x3F);
            } else {
                buf[len++] = (byte) (0xE0 | c >> 12);
                buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | c & 0x3F);
            }
        }

        void append(Utf8Out other) {
            room(other.len);
            System.arraycopy(other.buf, 0, buf, len, other.len);
            len += other.len;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, len);
        }

        private void room(int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
        }
    }

    /**
     * An FTS5 expression that finds a term's text, or null when the term has nothing to look for. The numbers
     * and words of a term are one phrase, so that {@code [2024]17} finds 〔2024〕17号 and not a 2024 here and a
     * 17 there; a single hanzi between them (年, 号) is not in the phrase's way, since single ones are indexed
     * apart.
     */
    static String match(String term) {
        List<String> parts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Run> runs = runs(term);
        for (Run run : runs) {
            String r = run.text();
            if (!run.han()) {
                words.add(bare(r));
            } else if (r.length() == 1) {
                parts.add('"' + r + '"');
            } else {
                StringBuilder phrase = new StringBuilder("\"");
                for (int i = 0; i + 1 < r.length(); i++) {
                    phrase.append(i == 0 ? "" : " ").append(r, i, i + 2);
                }
                parts.add(phrase.append('"').toString());
            }
        }
        if (!words.isEmpty()) {
            parts.add('"' + String.join(" ", words) + '"');
        }
        return parts.isEmpty() ? null : "(" + String.join(" AND ", parts) + ")";
    }

    /** A Latin letter without its diacritics (é → e, as {@code unicode61} indexed it); anything else as it is. */
    static char bare(char c) {
        if (c < '\u00C0' || (c > '\u024F' && c < '\u1E00') || c > '\u1EFF') {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return decomposed.length() > 1 && base < 0x80 ? base : c;
    }

    private static String bare(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(bare(word.charAt(i)));
        }
        return out.toString();
    }

    /** A run of hanzi, or of letters and digits; everything else separates runs. */
    record Run(String text, boolean han) {
    }

    static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean curHan = false;
        for (int i = 0; i < text.length(); i++) {
            char c = PinyinText.fold(text.charAt(i));
            boolean han = PinyinText.isHan(c);
            boolean word = !han && Character.isLetterOrDigit(c);
            if ((!han && !word) || (cur.length() > 0 && han != curHan)) {
                if (cur.length() > 0) {
                    out.add(new Run(cur.toString(), curHan));
                    cur.setLength(0);
                }
            }
            if (han || word) {
                cur.append(c);
                curHan = han;
            }
        }
        if (cur.length() > 0) {
            out.add(new Run(cur.toString(), curHan));
        }
        return out;
    }

    /** The short fields a visitor names an item by: title, keywords, document and index numbers. */
    static String head(Item item) {
        StringBuilder sb = new StringBuilder(item.title()).append('\n');
        item.keywords().forEach(k -> sb.append(k).append('\n'));
        if (item.policy() != null) {
            append(sb, item.policy().docNo());
            append(sb, item.policy().indexNo());
        }
        return sb.toString();
    }

    /** Everything else a visitor may read in the item, as plain text (the body's Markdown removed). */
    static String body(Item item) {
        return body(item, soFar -> false);
    }

    /**
     * The same text, stopped after the first piece (summary, body, a step …) at which {@code enough} says the
     * text so far is enough: a snippet needs the text only up to a little past what it shows, and turning
     * Markdown into text is most of the cost of one. It is shown the text as it grows, not a copy of it: the
     * index asks for the whole text, and copying it after every piece cost a twentieth of preparing an item.
     */
    static String body(Item item, Predicate<CharSequence> enough) {
        List<Supplier<String>> pieces = new ArrayList<>();
        pieces.add(item::summary);
        pieces.add(() -> plain(item.body()));
        if (item.policy() != null) {
            pieces.add(() -> item.policy().issuer());
            pieces.add(() -> item.policy().classification());
            pieces.add(() -> item.policy().topic());
        }
        GuideDetails g = item.guide();
        if (g != null) {
            pieces.add(g::serviceObject);
            g.basis().forEach(b -> pieces.add(() -> b));
            pieces.add(() -> plain(g.conditions()));
            for (Material m : g.materials()) {
                pieces.add(m::name);
                pieces.add(m::note);
            }
            for (Step s : g.steps()) {
                pieces.add(s::name);
                pieces.add(s::description);
            }
            pieces.add(g::fee);
            pieces.add(g::location);
            pieces.add(g::hours);
            for (Faq f : g.faq()) {
                pieces.add(f::q);
                pieces.add(() -> plain(f.a()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Supplier<String> piece : pieces) {
            int before = sb.length();
            append(sb, piece.get());
            if (sb.length() > before && enough.test(sb)) {
                break;
            }
        }
        return sb.toString();
    }

    static String plain(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        return PLAIN.render(MARKDOWN.parse(markdown));
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) {
            sb.append(s.strip()).append('\n');
        }
    }
}
