package org.hallkiosk.aids;

/**
 * One sentence of a text being read aloud; {@code start}/{@code end} are its place in that text (end exclusive),
 * so a screen can highlight it.
 */
public record Sentence(int index, int start, int end, String text) {
}
