package org.hallkiosk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One word search looks for: as typed (after normalising), what else it may be written as (vocabulary,
 * publisher's synonyms), and, for a word made of several (景区门票 of 景区 and 门票), those parts: an item that
 * has every part, each by itself or an alternative, matches the word too.
 */
public record QueryWord(String text, List<String> alternatives, List<QueryWord> parts) {
    public QueryWord {
        alternatives = List.copyOf(alternatives);
        parts = List.copyOf(parts);
    }

    public QueryWord(String text, List<String> alternatives) {
        this(text, alternatives, List.of());
    }

    /** The word and its alternatives, the word first. */
    public List<String> forms() {
        List<String> out = new ArrayList<>(alternatives.size() + 1);
        out.add(text);
        out.addAll(alternatives);
        return out;
    }
}
