package org.hallkiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code publish}: the bureau builds and signs a feed from its content folder. */
@Command(name = "publish", description = "Build a signed feed from a content folder; refuses invalid content.")
public final class PublishCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE_DIR", description = "feed.json, items/*.json, files/")
    Path source;

    @Parameters(index = "1", paramLabel = "OUT_DIR", description = "where the feed is written")
    Path out;

    @Option(names = "--key", required = true, paramLabel = "PRIVATE.pem", description = "the publisher's Ed25519 private key")
    Path key;

    @Option(names = "--sequence", paramLabel = "N", description = "the sequence, 1 to 2^53-1, greater than the previous one in OUT_DIR (default: the previous one + 1)")
    Long sequence;

    @Option(names = "--expires-in", paramLabel = "DAYS", description = "the publication expires this many days from now (kiosks then tell staff their content is out of date)")
    Integer expiresIn;

    @Override
    public Integer call() throws Exception {
        try {
            var result = FeedWriter.publish(source, out, Ed25519Keys.readPrivateKey(key), sequence, expiresIn);
            System.out.println(Messages.get("publish.done", Long.toString(result.sequence()), result.items(),
                    result.files(), out));
            return 0;
        } catch (FeedWriter.InvalidContent e) {
            System.err.println(Messages.get("publish.invalid"));
            e.problems().forEach(p -> System.err.println(source.resolve(p)));
            return 1;
        } catch (FeedException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
