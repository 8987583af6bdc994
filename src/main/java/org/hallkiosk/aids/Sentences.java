package org.hallkiosk.aids;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into the sentences that are read one at a time: the reader highlights the one being spoken and a
 * visitor can start from any of them. A sentence ends at 。！？； (and their ASCII forms) or a line break; closing
 * quotes and brackets right after the mark stay with the sentence they close.
 */
public record Sentences(String text, List<Sentence> list) {

    private static final String ENDS = "。！？；!?;\n";
    private static final String CLOSERS = "”’」』）)》】\"'";

    public Sentences {
        list = List.copyOf(list);
    }

    public static Sentences split(String text) {
        String t = text == null ? "" : text;
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            i++;
            if (ENDS.indexOf(c) >= 0) {
                // "？！" and "。”" belong to the same sentence
                while (i < t.length() && (ENDS.indexOf(t.charAt(i)) >= 0 && t.charAt(i) != '\n'
                        || CLOSERS.indexOf(t.charAt(i)) >= 0)) {
                    i++;
                }
                add(t, from, i, out);
                from = i;
            }
        }
        add(t, from, t.length(), out);
        return new Sentences(t, out);
    }

    private static void add(String t, int from, int to, List<Sentence> out) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (s < e && hasSomethingToSay(t, s, e)) {
            out.add(new Sentence(out.size(), s, e, t.substring(s, e)));
        }
    }

    private static boolean hasSomethingToSay(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return list.size();
    }

    public Sentence get(int index) {
        return list.get(index);
    }

    /** The sentence that holds character {@code offset} (or the next one), to start reading "from here". */
    public int indexAt(int offset) {
        for (Sentence s : list) {
            if (offset < s.end()) {
                return s.index();
            }
        }
        return Math.max(0, list.size() - 1);
    }
}
