package org.hallkiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish: signs only valid content, and writes a feed exactly as feed-format.md lays it out. */
class FeedWriterTest {

    @TempDir
    Path tmp;

    @Test
    void publishesTheSampleAsAFeedOfTheFormat() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp);
        Path out = feed.publish(7);
        byte[] manifestBytes = Files.readAllBytes(out.resolve("manifest.json"));
        assertThat(Ed25519Keys.verify(feed.publicKey(), manifestBytes, Files.readAllBytes(out.resolve("manifest.json.sig"))))
                .isTrue();
        Manifest manifest = ManifestReader.read(manifestBytes);
        assertThat(manifest.sequence()).isEqualTo(7);
        assertThat(manifest.items()).hasSizeGreaterThanOrEqualTo(20);
        for (Manifest.ItemEntry e : manifest.items()) {
            byte[] item = Files.readAllBytes(out.resolve(FeedNames.itemPath(e.id())));
            assertThat(Hashes.sha256(item)).isEqualTo(e.sha256());
            assertThat((long) item.length).isEqualTo(e.size());
        }
        for (Manifest.FileEntry f : manifest.files()) {
            assertThat(Hashes.sha256(out.resolve(FeedNames.filePath(f.sha256())))).isEqualTo(f.sha256());
        }
        assertThat(manifest.files()).extracting(Manifest.FileEntry::mediaType).contains("application/pdf", "image/png");
    }

    @Test
    void theSequenceGrowsByItselfWhenNotGiven() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp);
        feed.publish(41);
        FeedWriter.publish(feed.contentDir(), feed.dir(), feed.keys().getPrivate(), null);
        assertThat(ManifestReader.read(Files.readAllBytes(feed.dir().resolve("manifest.json"))).sequence()).isEqualTo(42);
    }

    @Test
    void refusesToSignInvalidContentAndNamesEveryItemAndField() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp);
        ObjectNode policy = feed.readItem("zcwj-2024-00131");
        policy.remove("issuer");
        feed.putItem(policy);
        ObjectNode guide = feed.readItem("bszn-ydz-sl");
        guide.put("fee", 0);
        feed.putItem(guide);
        assertThatThrownBy(() -> FeedWriter.publish(feed.contentDir(), feed.dir(), feed.keys().getPrivate(), 1L))
                .isInstanceOf(FeedWriter.InvalidContent.class)
                .satisfies(e -> assertThat(((FeedWriter.InvalidContent) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("items/zcwj-2024-00131.json").contains("issuer"))
                        .anySatisfy(p -> assertThat(p).contains("items/bszn-ydz-sl.json").contains("fee")));
        assertThat(feed.dir().resolve("manifest.json")).doesNotExist();
        assertThat(feed.dir().resolve("manifest.json.sig")).doesNotExist();
    }

    @Test
    void refusesAnItemWhoseFileNameIsNotItsIdOrThatNamesAMissingAttachment() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp);
        ObjectNode notice = TestFeed.notice("tzgg-x", "通知（示例）", "tzgg");
        Files.write(feed.contentDir().resolve("items/wrong-name.json"), FeedJson.MAPPER.writeValueAsBytes(notice));
        feed.putItem(TestFeed.attach(TestFeed.notice("tzgg-y", "通知（示例）", "tzgg"), "nowhere.pdf", "附件", "original"));
        assertThatThrownBy(() -> FeedWriter.publish(feed.contentDir(), feed.dir(), feed.keys().getPrivate(), 1L))
                .isInstanceOf(FeedWriter.InvalidContent.class)
                .satisfies(e -> assertThat(((FeedWriter.InvalidContent) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("wrong-name.json").contains("tzgg-x.json"))
                        .anySatisfy(p -> assertThat(p).contains("tzgg-y.json").contains("nowhere.pdf")));
    }

    @Test
    void refusesAnInterpretationOfNoPolicyAndAnUnknownColumn() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp);
        ObjectNode interpretation = feed.readItem("zcjd-2024-00131");
        interpretation.put("interprets", "tzgg-2024-bmys");
        feed.putItem(interpretation);
        assertThatThrownBy(() -> feed.publish(1)).hasRootCauseInstanceOf(FeedException.class)
                .hasStackTraceContaining("interprets");
        assertThat(feed.dir()).as("nothing written before the whole publication checks out").doesNotExist();
        interpretation.put("interprets", "zcwj-2024-00131");
        interpretation.withArray("columns").add("no-such-column");
        feed.putItem(interpretation);
        assertThatThrownBy(() -> feed.publish(1)).hasStackTraceContaining("columns");
    }

    @Test
    void refusesABestBetThatNamesAnItemThePublicationDoesNotHold() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp);
        Path feedJson = feed.contentDir().resolve("feed.json");
        ObjectNode root = (ObjectNode) FeedJson.MAPPER.readTree(feedJson.toFile());
        ObjectNode bet = root.putObject("search").putArray("best_bets").addObject();
        bet.put("query", "优待证");
        bet.putArray("items").add("no-such-item");
        FeedJson.MAPPER.writeValue(feedJson.toFile(), root);
        assertThatThrownBy(() -> feed.publish(1)).hasStackTraceContaining("search.best_bets")
                .hasStackTraceContaining("no-such-item");
        assertThat(feed.dir()).as("nothing signed").doesNotExist();
    }

    @Test
    void keysInteroperateWithOpenssl() throws Exception {
        TestFeed feed = TestFeed.fromSample(tmp);
        Path out = feed.publish(1);
        Path pub = tmp.resolve("pub.pem");
        Files.writeString(pub, Ed25519Keys.toPem(feed.publicKey()), StandardCharsets.US_ASCII);
        Path sig = tmp.resolve("sig.bin");
        Files.write(sig, Base64.getDecoder().decode(Files.readString(out.resolve("manifest.json.sig")).strip()));
        Process p = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pub.toString(), "-rawin",
                "-in", out.resolve("manifest.json").toString(), "-sigfile", sig.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("Verified Successfully");

        // And a key openssl made is read by the kiosk.
        Path opensslKey = tmp.resolve("openssl-private.pem");
        Process gen = new ProcessBuilder("openssl", "genpkey", "-algorithm", "ed25519", "-out", opensslKey.toString())
                .redirectErrorStream(true).start();
        assertThat(gen.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Ed25519Keys.readPrivateKey(opensslKey).getAlgorithm()).isIn("EdDSA", "Ed25519");
    }
}
