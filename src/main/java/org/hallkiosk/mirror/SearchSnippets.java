package org.hallkiosk.mirror;

import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.ItemReader;

/** The short text shown under a result, with the part that matched marked, from wherever the match was. */
final class SearchSnippets {

    /** How many characters of body text a snippet shows. */
    static final int SNIPPET_CHARS = 60;

    private SearchSnippets() {
    }

    /** A snippet and what to highlight in it. */
    record Snippet(String text, List<Highlight> highlights) {
    }

    /** The title when every term is in it; else the number a term names; else the keywords. */
    static Snippet ofCatalog(SearchCatalog.Entry e, boolean inTitle, List<Search.Term> terms) {
        if (inTitle) {
            List<Highlight> marks = highlights(e.title(), terms);
            if (!marks.isEmpty() || e.keywords().isEmpty()) {
                return new Snippet(e.title().text(), marks);
            }
            // found by a keyword or a sound-alike: show what matched, if a keyword did
        }
        for (Search.Term term : terms) {
            Snippet number = numberMatch(e, term.number());
            if (number != null) {
                return number;
            }
        }
        // The keywords, with the ones that matched highlighted.
        StringBuilder sb = new StringBuilder();
        List<Highlight> marks = new ArrayList<>();
        for (PinyinText k : e.keywords()) {
            if (!sb.isEmpty()) {
                sb.append('、');
            }
            int base = sb.length();
            sb.append(k.text());
            for (Highlight h : highlights(k, terms)) {
                marks.add(new Highlight(base + h.start(), base + h.end()));
            }
        }
        return new Snippet(sb.toString(), marks);
    }

    private static List<Highlight> highlights(PinyinText text, List<Search.Term> terms) {
        List<Highlight> out = new ArrayList<>();
        for (Search.Term term : terms) {
            long m = text.find(term.query(), 0);
            if (m >= 0) {
                out.add(new Highlight((int) (m >>> 32), (int) m));
            }
        }
        return merge(out);
    }

    /** A window of the item's text around the longest target found, every target in it marked. */
    static Snippet ofBody(String id, byte[] json, List<String> targets) {
        String body;
        try {
            body = SearchText.body(ItemReader.read(json, "mirror:" + id), soFar -> enough(soFar.toString(), targets))
                    .replace('\n', ' ').strip();
        } catch (FeedException e) {
            throw new MirrorException("stored item " + id + " no longer reads: " + e.getMessage(), e);
        }
        return ofText(body, targets);
    }

    /** The snippet of a body's text (the whole text, or enough of it: see {@link #enough}). */
    static Snippet ofText(String body, List<String> targets) {
        String folded = PinyinText.fold(body);
        // Around the longest target found (the whole query before its words), else the earliest.
        int at = -1;
        int atLength = 0;
        for (String t : targets) {
            int i = t.isEmpty() ? -1 : folded.indexOf(t);
            if (i >= 0 && (t.length() > atLength || (t.length() == atLength && i < at))) {
                at = i;
                atLength = t.length();
            }
        }
        int start = Math.max(0, Math.min(at < 0 ? 0 : at - SNIPPET_CHARS / 4, body.length() - SNIPPET_CHARS));
        int end = Math.min(body.length(), start + SNIPPET_CHARS);
        String prefix = start > 0 ? "…" : "";
        String snippet = prefix + body.substring(start, end) + (end < body.length() ? "…" : "");
        String window = folded.substring(start, end);
        List<Highlight> marks = new ArrayList<>();
        for (String t : targets) {
            for (int i = window.indexOf(t); i >= 0 && !t.isEmpty(); i = window.indexOf(t, i + t.length())) {
                marks.add(new Highlight(prefix.length() + i, prefix.length() + i + t.length()));
            }
        }
        return new Snippet(snippet, merge(marks));
    }

    /**
     * True when the body's text so far decides the snippet: the longest target is in it (so its earliest
     * place is known) and the text runs past the window around it (so the rest changes nothing: neither where
     * the window starts nor the … after it).
     */
    static boolean enough(String soFar, List<String> targets) {
        int longest = 0;
        for (String t : targets) {
            longest = Math.max(longest, t.length());
        }
        if (longest == 0) {
            return false;
        }
        String folded = PinyinText.fold(soFar.replace('\n', ' '));
        int at = -1;
        for (String t : targets) {
            int i = t.length() == longest ? folded.indexOf(t) : -1;
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        int start = Math.max(0, at - SNIPPET_CHARS / 4);
        return folded.stripTrailing().length() > start + SNIPPET_CHARS;
    }

    /** Sorted, overlapping ranges joined. */
    static List<Highlight> merge(List<Highlight> marks) {
        List<Highlight> sorted = new ArrayList<>(marks);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : sorted) {
            Highlight last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && h.start() <= last.end()) {
                out.set(out.size() - 1, new Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /** The document or index number a term's number pattern names, with where; null if none. */
    private static Snippet numberMatch(SearchCatalog.Entry e, String pattern) {
        if (pattern == null) {
            return null;
        }
        if (e.docNumber() != null) {
            Highlight h = e.docNumber().find(pattern);
            if (h != null) {
                return new Snippet(e.docNo(), List.of(h));
            }
        }
        if (e.indexNumber() != null) {
            Highlight h = e.indexNumber().find(pattern);
            if (h != null) {
                return new Snippet(e.indexNo(), List.of(h));
            }
        }
        return null;
    }
}
