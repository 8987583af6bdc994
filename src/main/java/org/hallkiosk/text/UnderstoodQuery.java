package org.hallkiosk.text;

import java.util.List;

/**
 * A query as search understood it.
 *
 * @param normalized what was typed, normalised ({@link TextNormalizer}) and numbers as digits
 * @param words the words to look for, question and filler words dropped, each with its alternatives
 * @param intent what the question asks for
 * @param numbersOnly every word is a number (文号, 索引号): bodies are not searched (opening hours, phone numbers)
 */
public record UnderstoodQuery(String normalized, List<QueryWord> words, QueryIntent intent, boolean numbersOnly) {
    public UnderstoodQuery {
        words = List.copyOf(words);
    }

    /** The words searched, each as typed: the "understood" of an answer. */
    public List<String> texts() {
        return words.stream().map(QueryWord::text).toList();
    }
}
