package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the usage log keeps: the day, never the time; rows in no order that links one visitor's searches; counts
 * still right for staff. The mirror is its owner's only (0600 in a 0700 folder).
 */
class UsagePrivacyTest {

    @TempDir
    Path tmp;

    static List<String> queriesById(Mirror mirror) {
        return mirror.read(c -> {
            List<String> out = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT query, at FROM usage_events ORDER BY id")) {
                while (rs.next()) {
                    assertThat(rs.getString(2)).matches("\\d{4}-\\d{2}-\\d{2}");
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void searchesAreKeptByDayInAnOrderThatLinksNothing() {
        List<String> typed = new ArrayList<>();
        try (Mirror mirror = Mirror.open(tmp.resolve("data"))) {
            for (int i = 0; i < 50; i++) {
                typed.add("查询" + i);
                mirror.usage().recordSearch("查询" + i, i % 3);
            }
            List<String> stored = queriesById(mirror);
            assertThat(stored).containsExactlyInAnyOrderElementsOf(typed);
            assertThat(stored).as("the order of the rows is not the order of the searches").isNotEqualTo(typed);
            assertThat(new UsageStats(mirror).since(Instant.now().minusSeconds(86_400 * 2)))
                    .filteredOn(r -> r.kind().equals("search_miss")).hasSize(17);
        }
    }

    @Test
    void anOlderMirrorsEventsLoseTheirTimeAndTheirOrderOnUpgrade() {
        Path data = tmp.resolve("old");
        List<String> typed = new ArrayList<>();
        try (Mirror old = Mirror.openAtVersion(data, 4)) {
            old.write(c -> {
                try (var ps = c.prepareStatement("INSERT INTO usage_events(at, kind, query, result_count)"
                        + " VALUES ('2026-11-28T14:03:27+08:00', 'search', ?, 1)")) {
                    for (int i = 0; i < 50; i++) {
                        typed.add("旧查询" + i);
                        ps.setString(1, "旧查询" + i);
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        }
        try (Mirror upgraded = Mirror.open(data)) {
            List<String> stored = queriesById(upgraded);
            assertThat(stored).containsExactlyInAnyOrderElementsOf(typed).isNotEqualTo(typed);
            String day = upgraded.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT DISTINCT at FROM usage_events")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(day).isEqualTo("2026-11-28");
        }
    }

    @Test
    void theMirrorIsItsOwnersOnly() throws Exception {
        Path data = tmp.resolve("private");
        try (Mirror mirror = Mirror.open(data)) {
            mirror.usage().recordSearch("优待证", 1);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        for (String name : new String[] {"mirror.db", "mirror.db-wal", "mirror.db-shm"}) {
            if (Files.exists(data.resolve(name))) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(name))))
                        .as(name).isEqualTo("rw-------");
            }
        }
        assertThat(LocalDate.now()).isNotNull();
    }
}
