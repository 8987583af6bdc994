package org.hallkiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.ContentFreshness;
import org.hallkiosk.mirror.FeedState;
import org.hallkiosk.mirror.ItemStore;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncRecord;
import org.hallkiosk.sync.SyncEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code status}: what the mirror holds and how the last sync went. */
@Command(name = "status", description = "Show what the kiosk holds and how the last sync went.")
public final class StatusCommand implements Callable<Integer> {

    /** Field names as the feed writes them: started_at, reason_key. */
    private static final ObjectMapper SNAKE_CASE = FeedJson.MAPPER.copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "print JSON")
    boolean json;

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
            SyncEngine.recordInterrupted(mirror);
            FeedState state = mirror.items().state().orElse(null);
            ItemStore.Counts counts = mirror.items().counts();
            SyncRecord last = mirror.history().last().orElse(null);
            SyncRecord lastSuccess = mirror.history().lastSuccess().orElse(null);
            ObjectNode out = FeedJson.MAPPER.createObjectNode();
            out.put("sequence", state == null ? -1 : state.sequence());
            out.put("publisher", state == null ? null : state.publisher());
            out.put("generated_at", state == null ? null : state.generatedAt());
            out.put("source", state == null ? null : state.source());
            out.put("items", counts.items());
            out.put("files", counts.files());
            out.put("columns", counts.columns());
            ContentFreshness freshness = ContentFreshness.of(mirror, Instant.now()).orElse(null);
            out.put("expires", state == null ? null : state.expires());
            if (freshness == null) {
                out.putNull("content_age_days");
            } else {
                out.put("content_age_days", freshness.ageDays());
            }
            out.put("stale", freshness != null && freshness.stale());
            out.put("schema_version", mirror.fileSchemaVersion());
            out.put("data_dir", mirror.dataDir().toAbsolutePath().toString());
            out.set("last_sync", last == null ? null : SNAKE_CASE.valueToTree(last));
            out.set("last_success", lastSuccess == null ? null : SNAKE_CASE.valueToTree(lastSuccess));
            // read only: which layout a kiosk on this config and data folder runs on, and where it came from
            LayoutLoader.Loaded layout = LayoutLoader.loadForKiosk(
                    config.configDir(), mirror.dataDir(), config.layoutGroup(), false);
            ObjectNode l = out.putObject("layout");
            l.put("source", layout.code());
            l.put("group", config.layoutGroup());
            if (layout.sequence() != null) {
                l.put("sequence", layout.sequence());
            }
            var problems = l.putArray("problems");
            layout.problems().forEach(p -> problems.add(p.toString()));
            if (json) {
                System.out.println(FeedJson.MAPPER.writeValueAsString(out));
            } else {
                printText(state, counts, last, lastSuccess);
                System.out.println(layout.describe());
                if (freshness != null) {
                    System.out.println(Messages.get("status.freshness", freshness.updatedOn().toString(),
                            freshness.ageDays(), state.expires() == null ? Messages.get("status.noExpiry")
                                    : state.expires(), freshness.stale() ? Messages.get("status.stale") : ""));
                }
            }
            return 0;
        }
    }

    private static void printText(FeedState state, ItemStore.Counts counts, SyncRecord last, SyncRecord lastSuccess) {
        if (state == null) {
            System.out.println(Messages.get("status.empty"));
        } else {
            System.out.println(Messages.get("status.content", state.publisher(), Long.toString(state.sequence()),
                    state.generatedAt(), state.source()));
        }
        System.out.println(Messages.get("status.counts", counts.items(), counts.files(), counts.columns()));
        if (lastSuccess != null) {
            System.out.println(Messages.get("status.lastSuccess", lastSuccess.finishedAt(),
                    lastSuccess.outcome().code()));
        }
        if (last != null) {
            System.out.println(Messages.get("status.lastAttempt", last.startedAt(), last.source(),
                    last.outcome().code(), last.reason() == null ? "" : last.reason()));
        }
    }
}
