package org.hallkiosk.content;

/** A 栏目. {@code parent} is null for a top-level column. */
public record Column(String id, String name, String parent, int order) {
}
