package org.hallkiosk.mirror;

/** A matched part of a snippet: characters {@code start} (inclusive) to {@code end} (exclusive). */
public record Highlight(int start, int end) {
}
