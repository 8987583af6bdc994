package org.hallkiosk.text;

import java.util.List;

/**
 * One word search looks for: as typed (after normalising) and what else it may be written as (vocabulary,
 * publisher's synonyms). An item matches the word when it has the word or any alternative.
 */
public record QueryWord(String text, List<String> alternatives) {
    public QueryWord {
        alternatives = List.copyOf(alternatives);
    }

    /** The word and its alternatives, the word first. */
    public List<String> forms() {
        List<String> out = new java.util.ArrayList<>(alternatives.size() + 1);
        out.add(text);
        out.addAll(alternatives);
        return out;
    }
}
