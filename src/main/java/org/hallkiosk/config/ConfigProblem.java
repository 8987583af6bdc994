package org.hallkiosk.config;

/** One thing wrong in a config file, printed as {@code file: field: message}. */
public record ConfigProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return file + ": " + field + ": " + message;
    }
}
