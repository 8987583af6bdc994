package org.hallkiosk.content;

/** What an interpretation adds: the policy it explains, and its form. */
public record InterpretationDetails(String interprets, InterpretationForm form) {
}
