package org.hallkiosk.content;

/** One 常见问题 with its answer. */
public record Faq(String q, String a) {
}
