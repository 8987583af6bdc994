package org.hallkiosk.cli;

import java.util.concurrent.Callable;
import org.hallkiosk.config.KioskConfig;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.sync.SyncOptions;
import org.hallkiosk.sync.SyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sync}: brings the mirror up to the feed; exit 0 applied or nothing new, 1 refused or failed. */
@Command(name = "sync", description = "Fetch, verify and apply the feed (all or nothing).")
public final class SyncCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--feed", paramLabel = "URL|DIR|ZIP", description = "sync from here instead of the configured feed")
    String feed;

    @Override
    public Integer call() {
        KioskConfig config = common.config();
        if (config == null) {
            return 1;
        }
        try (Mirror mirror = common.openMirror(config)) {
            SyncService service = new SyncService(config, mirror, SyncOptions.of(config));
            SyncReport r = service.sync(feed, SyncService.TRIGGER_COMMAND, p -> { }, () -> false);
            if (!r.succeeded()) {
                System.err.println(r.reason());
                return 1;
            }
            System.out.printf("%s: %s, sequence %d -> %d, new %d, changed %d, withdrawn %d, files %d, bytes %d%n",
                    r.source(), r.outcome().code(), r.sequenceBefore(), r.sequenceAfter(), r.newItems(),
                    r.changedItems(), r.withdrawnItems(), r.files(), r.bytes());
            return 0;
        }
    }
}
