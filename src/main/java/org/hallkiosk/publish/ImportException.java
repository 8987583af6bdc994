package org.hallkiosk.publish;

import java.util.List;

/** An import refused: every problem found, each as {@code file:row/field: message}, nothing imported. */
public final class ImportException extends Exception {

    private final List<String> problems;

    public ImportException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
