package org.hallkiosk.feed;

import java.util.List;
import java.util.stream.Collectors;
import org.hallkiosk.i18n.Messages;

/** Turns a list of field problems into the one refusal a person reads. */
final class FieldProblems {

    private FieldProblems() {
    }

    static void throwIfAny(String where, List<JsonFields.FieldProblem> problems) throws FeedException {
        if (problems.isEmpty()) {
            return;
        }
        JsonFields.FieldProblem first = problems.get(0);
        String others = problems.stream().skip(1)
                .map(p -> p.field() + ": " + Messages.get(p.key()))
                .collect(Collectors.joining("; "));
        String detail = others.isEmpty() ? "" : Messages.get("feed.moreProblems", others);
        throw new FeedException("feed.badField", where, first.field(), Messages.get(first.key()), detail);
    }
}
