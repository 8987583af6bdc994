package org.hallkiosk.content;

/** One step of a guide's 办理流程. */
public record Step(String name, String description) {
}
