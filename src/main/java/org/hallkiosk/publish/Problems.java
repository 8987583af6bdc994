package org.hallkiosk.publish;

import java.util.ArrayList;
import java.util.List;
import org.hallkiosk.i18n.Messages;

/** Collects what is wrong in one source file, each as {@code file:row/field: message}, and warnings. */
final class Problems {

    private final String file;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings;

    Problems(String file, List<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    String file() {
        return file;
    }

    void error(int row, String field, String key, Object... args) {
        errors.add(where(row, field) + ": " + Messages.get(key, args));
    }

    void warn(int row, String field, String key, Object... args) {
        warnings.add(where(row, field) + ": " + Messages.get(key, args));
    }

    private String where(int row, String field) {
        return file + ":" + row + "/" + field;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<String> errors() {
        return errors;
    }
}
