package org.hallkiosk.mirror;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how search does on the judged relevance set: success@1, success@3, MRR and the share of queries
 * with no result, by category and overall, then every query without a right item in its top 3, with the top
 * 3 it got. Run with {@code mvn -B -Pbench verify -Dtest=RelevanceBenchmark}; add {@code -Drelevance.all=true}
 * to list every query with its top 3.
 */
@Tag("bench")
class RelevanceBenchmark {

    @TempDir
    Path tmp;

    @Test
    void relevanceByCategory() throws Exception {
        try (RelevanceSet set = RelevanceSet.open(tmp)) {
            var queries = RelevanceSet.queries();
            RelevanceSet.Report report = set.evaluate(queries);
            System.out.println("Relevance set: " + RelevanceSet.contentIds().size() + " items, " + queries.size()
                    + " queries (src/test/resources/relevance)");
            System.out.println(report.table());
            System.out.println("Without a right item in the top 3 (" + report.failures().size() + "):");
            System.out.println(report.failureList());
            if (Boolean.getBoolean("relevance.all")) {
                System.out.println("Every query:");
                System.out.println(report.fullList());
            }
        }
    }
}
