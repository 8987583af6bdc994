package org.hallkiosk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.config.LayoutReach;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.ContentHealth;
import org.hallkiosk.mirror.HealthFinding;
import org.hallkiosk.mirror.Mirror;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code health}: 三同步, 要素齐全, 错链断链 and 僵尸栏目 findings for the content the kiosk holds. */
@Command(name = "health", description = "Check the content: policies without interpretation, broken links, stale columns.")
public final class HealthCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--stale-days", paramLabel = "N", description = "a column with nothing new for N days is stale (default 180)")
    int staleDays = 180;

    @Override
    public Integer call() throws Exception {
        KioskConfig config = common.config();
        if (config == null) {
            return 1;
        }
        Mirror opened = common.openExistingMirror(config);
        if (opened == null) {
            return 1;
        }
        try (Mirror mirror = opened) {
            List<HealthFinding> findings = new ArrayList<>(
                    new ContentHealth(mirror).check(Instant.now(), Duration.ofDays(staleDays)));
            findings.addAll(layoutFindings(mirror));
            if (json) {
                ArrayNode out = FeedJson.MAPPER.createArrayNode();
                for (HealthFinding f : findings) {
                    out.addObject().put("kind", f.kind().code()).put("subject", f.subject()).put("title", f.title())
                            .put("detail", f.detail());
                }
                System.out.println(FeedJson.MAPPER.writeValueAsString(out));
            } else {
                for (HealthFinding f : findings) {
                    System.out.println(Messages.get("health." + f.kind().code(), f.subject(), f.title(),
                            f.detail() == null ? "" : f.detail()));
                }
                System.out.println(Messages.get("health.total", findings.size()));
            }
            return 0;
        }
    }

    /** The layout's tiles and hot searches that lead nowhere (the check check-config --data runs). */
    private List<HealthFinding> layoutFindings(Mirror mirror) {
        try {
            return LayoutReach.check(LayoutLoader.load(common.configDir), mirror);
        } catch (ConfigException e) {
            // An invalid layout is check-config's to report; the kiosk runs on another one meanwhile.
            return List.of();
        }
    }
}
