package org.hallkiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.hallkiosk.config.ConfigException;
import org.hallkiosk.config.DisplaySize;
import org.hallkiosk.config.LayoutLoader;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.feed.ManifestReader;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.publish.ItemPictures;
import org.hallkiosk.publish.Review;
import org.hallkiosk.publish.SearchHints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code publish}: the bureau reviews, then builds and signs a feed from its content folder. */
@Command(name = "publish", description = "Build a signed feed from a content folder; refuses invalid content. "
        + "--review writes a page for the reviewers instead; --suggest-hints reads kiosks' stats exports.")
public final class PublishCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE_DIR", description = "feed.json, items/*.json, files/")
    Path source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OUT_DIR", description = "where the feed is written (needed except with --suggest-hints)")
    Path out;

    @Option(names = "--key", paramLabel = "PRIVATE.pem", description = "the publisher's Ed25519 private key (needed to sign)")
    Path key;

    @Option(names = "--sequence", paramLabel = "N", description = "the sequence, 1 to 2^53-1, greater than the previous one in OUT_DIR (default: the previous one + 1)")
    Long sequence;

    @Option(names = "--expires-in", paramLabel = "DAYS", description = "the publication expires this many days from now (kiosks then tell staff their content is out of date)")
    Integer expiresIn;

    @Option(names = "--review", paramLabel = "OUT.html|DIR", description = "write what is new, changed and withdrawn since the publication in OUT_DIR, with each item's 要素 check and a picture of it as the kiosk shows it (OUT_files/ beside OUT.html, or DIR/index.html and DIR/pictures/), and sign nothing")
    Path review;

    @Option(names = "--review-size", paramLabel = "WxH", converter = ScreenSize.Converter.class,
            description = "the kiosk screen the review's pictures are drawn at (default 1920x1080)")
    ScreenSize reviewSize;

    @Option(names = "--no-pictures", description = "a review without pictures (faster; needs no JavaFX)")
    boolean noPictures;

    @Option(names = "--approved-by", paramLabel = "NAME", description = "who approved this publication (repeatable); recorded in the signed manifest")
    List<String> approvedBy = new ArrayList<>();

    @Option(names = "--require-approvals", paramLabel = "N", description = "refuse to sign with fewer than N different approvers (三审三校)")
    int requireApprovals;

    @Option(names = "--suggest-hints", arity = "1..*", paramLabel = "STATS.csv", description = "kiosks' `stats --csv` exports: list searches that found nothing, candidate items and synonyms for feed.json")
    List<Path> statsFiles;

    @Option(names = "--layout", paramLabel = "GROUP=FILE", description = "carry FILE (a layout.yaml, checked as "
            + "check-config checks it) in the signed feed for the kiosks whose kiosk.yaml names layout_group: GROUP "
            + "(repeatable)")
    List<String> layoutArgs = new ArrayList<>();

    /** GROUP=FILE for each --layout, each file checked as check-config checks a layout; null after a problem. */
    private Map<String, byte[]> layouts() throws IOException {
        Map<String, byte[]> layouts = new TreeMap<>();
        boolean ok = true;
        for (String arg : layoutArgs) {
            int eq = arg.indexOf('=');
            String group = eq < 0 ? "" : arg.substring(0, eq);
            if (eq < 0 || !ManifestReader.GROUP.matcher(group).matches()
                    || layouts.containsKey(group)) {
                System.err.println(Messages.get("publish.badLayoutArg", arg));
                ok = false;
                continue;
            }
            Path file = Path.of(arg.substring(eq + 1));
            if (!Files.isRegularFile(file)) {
                System.err.println(Messages.get("publish.noLayoutFile", file));
                ok = false;
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                LayoutLoader.check(bytes, file.toString());
                layouts.put(group, bytes);
            } catch (ConfigException e) {
                System.err.println(Messages.get("publish.badLayout", group));
                e.problems().forEach(p -> System.err.println(p));
                ok = false;
            }
        }
        return ok ? layouts : null;
    }

    @Override
    public Integer call() throws Exception {
        try {
            if (statsFiles != null) {
                System.out.print(SearchHints.report(source, statsFiles));
                return 0;
            }
            if (out == null) {
                System.err.println(Messages.get("publish.needsOut"));
                return 2;
            }
            if (review != null) {
                return review();
            }
            if (key == null) {
                System.err.println(Messages.get("publish.needsKey"));
                return 2;
            }
            List<String> approvers = new ArrayList<>(new LinkedHashSet<>(approvedBy.stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList()));
            if (approvers.size() < requireApprovals) {
                System.err.println(Messages.get("publish.tooFewApprovals", requireApprovals, approvers.size()));
                return 1;
            }
            Map<String, byte[]> layouts = layouts();
            if (layouts == null) {
                return 1;
            }
            var result = FeedWriter.publish(source, out, Ed25519Keys.readPrivateKey(key), sequence, expiresIn,
                    approvers, layouts);
            if (!layouts.isEmpty()) {
                System.out.println(Messages.get("publish.layouts", String.join(", ", layouts.keySet())));
            }
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

    private int review() throws Exception {
        DisplaySize screen = reviewSize == null ? DisplaySize.STANDARD
                : new DisplaySize(reviewSize.width(), reviewSize.height());
        ItemPictures pictures = noPictures ? ItemPictures.NONE : new ItemPictures() {
            @Override
            public Map<String, Path> draw(Path feed, PublicKey key, List<String> ids,
                                                    Path dir) {
                try {
                    return new ReviewPictures(screen).draw(feed, key, ids, dir);
                } catch (IOException | RuntimeException e) {
                    // the review is still worth reading without its pictures: say why they are missing
                    System.err.println(Messages.get("review.picturesFailed", String.valueOf(e.getMessage())));
                    return Map.of();
                }
            }
        };
        Review.Target target = Review.Target.of(review);
        var written = Review.write(source, out, target, pictures,
                Messages.get("review.picture", screen.width() + "×" + screen.height()));
        var entries = written.entries();
        System.out.println(Messages.get("review.written", written.html(),
                count(entries, Review.Change.NEW), count(entries, Review.Change.CHANGED),
                count(entries, Review.Change.WITHDRAWN)));
        if (!written.pictures().isEmpty()) {
            System.out.println(Messages.get("review.pictures", Integer.toString(written.pictures().size()),
                    target.pictures()));
        }
        return 0;
    }

    private static long count(List<Review.Entry> entries, Review.Change change) {
        return entries.stream().filter(e -> e.change() == change).count();
    }
}
