package org.hallkiosk.mirror;

/** A completion offered as the visitor types: a title (with its item) or a keyword (itemId null). */
public record Suggestion(String text, String itemId) {
}
