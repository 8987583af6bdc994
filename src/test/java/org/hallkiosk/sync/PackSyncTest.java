package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.FeedNames;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.feed.HttpFeedSource;
import org.hallkiosk.feed.Manifest;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.testing.FaultyFeedServer.Fault;
import org.hallkiosk.testing.FaultyFeedServer;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs (feed format additions) over a real HTTP server on 127.0.0.1: a first sync takes one zip instead of
 * every single file, checks each entry against the signed manifest, refuses an entry that does not match
 * (fetching that item on its own), resumes a cut pack download with Range, and an incremental sync leaves
 * the pack alone.
 */
class PackSyncTest {

    @TempDir
    Path tmp;

    TestFeed feed;
    FaultyFeedServer server;
    Mirror mirror;
    SyncEngine engine;

    @BeforeEach
    void setUp() throws IOException {
        feed = TestFeed.generated(tmp.resolve("publisher"), 60, 5, 20_000, 7);
        feed.publishWithPacks(1);
        server = FaultyFeedServer.serve(feed.dir());
        mirror = Mirror.open(tmp.resolve("data"));
        engine = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT.withHttp(HttpSyncTest.FAST));
    }

    @AfterEach
    void tearDown() {
        mirror.close();
        server.close();
    }

    SyncReport sync() {
        return engine.run(new HttpFeedSource(server.base(), HttpSyncTest.FAST), "test", SyncProgress.Listener.NONE,
                () -> false);
    }

    Manifest.FileEntry pack() {
        List<Manifest.FileEntry> packs = feed.manifest().packs();
        assertThat(packs).hasSize(1);
        return packs.get(0);
    }

    List<String> requestedPaths() {
        return server.requests().stream().map(FaultyFeedServer.Request::path).toList();
    }

    @Test
    void aFirstSyncTakesThePackInsteadOfEverySingleFile() {
        SyncReport report = sync();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(requestedPaths()).containsExactlyInAnyOrder(FeedNames.MANIFEST, FeedNames.SIGNATURE,
                FeedNames.filePath(pack().sha256()));
        MirrorSnapshot held = MirrorSnapshot.of(mirror);
        assertThat(held.items()).isEqualTo(feed.publishedItemHashes());
        assertThat(held.files()).hasSize(5);
        assertThat(held.files()).doesNotContain(pack().sha256());
    }

    @Test
    void aPackEntryThatDoesNotMatchTheManifestIsRefusedAndItsItemFetchedOnItsOwn() throws Exception {
        String victim = feed.manifest().items().get(3).id();
        byte[] original = Files.readAllBytes(feed.dir().resolve(FeedNames.itemPath(victim)));
        String tampered = new String(original, StandardCharsets.UTF_8).replaceFirst("\"title\" : \"",
                "\"title\" : \"篡改：");
        assertThat(tampered).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        replacePack(FeedNames.itemPath(victim), tampered.getBytes(StandardCharsets.UTF_8));

        SyncReport report = sync();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(requestedPaths()).filteredOn(p -> p.startsWith("items/")).containsExactly(FeedNames.itemPath(victim));
        assertThat(MirrorSnapshot.of(mirror).items()).isEqualTo(feed.publishedItemHashes());
        assertThat(mirror.items().item(victim).orElseThrow().title()).doesNotStartWith("篡改");
    }

    @Test
    void anAttachmentWrongInThePackIsRefusedAndFetchedOnItsOwnBesideTheApply() throws Exception {
        Manifest.FileEntry victim = feed.manifest().files().get(2);
        replacePack(FeedNames.filePath(victim.sha256()), "不是这个附件".getBytes(StandardCharsets.UTF_8));

        SyncReport report = sync();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(requestedPaths()).filteredOn(p -> p.startsWith("files/"))
                .containsExactlyInAnyOrder(FeedNames.filePath(victim.sha256()),
                        FeedNames.filePath(feed.manifest().packs().get(0).sha256()));
        assertThat(Hashes.sha256(mirror.files().path(victim.sha256()))).isEqualTo(victim.sha256());
        assertThat(MirrorSnapshot.of(mirror).files()).hasSize(5);
    }

    /**
     * The items are read from the pack during the apply. An apply that fails (here an item wrong in the pack
     * and on the server) leaves the downloaded pack in staging, and the next sync applies from it without
     * downloading it again.
     */
    @Test
    void aFailedApplyKeepsThePackForTheNextSync() throws Exception {
        String victim = feed.manifest().items().get(3).id();
        Path served = feed.dir().resolve(FeedNames.itemPath(victim));
        byte[] original = Files.readAllBytes(served);
        byte[] tampered = new String(original, StandardCharsets.UTF_8).replaceFirst("\"title\" : \"",
                "\"title\" : \"篡改：").getBytes(StandardCharsets.UTF_8);
        replacePack(FeedNames.itemPath(victim), tampered);
        Files.write(served, tampered);
        MirrorSnapshot before = MirrorSnapshot.of(mirror);

        SyncReport refused = sync();

        assertThat(refused.outcome()).isEqualTo(SyncOutcome.REFUSED);
        assertThat(refused.reason()).contains(FeedNames.itemPath(victim));
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);

        Files.write(served, original);
        SyncReport applied = sync();

        assertThat(applied.outcome()).as(String.valueOf(applied.reason())).isEqualTo(SyncOutcome.APPLIED);
        assertThat(server.requests(FeedNames.filePath(pack().sha256()))).hasSize(1);
        assertThat(MirrorSnapshot.of(mirror).items()).isEqualTo(feed.publishedItemHashes());
    }

    @Test
    void aCutPackDownloadResumesWhereItStopped() {
        Manifest.FileEntry pack = pack();
        String path = FeedNames.filePath(pack.sha256());
        server.failNext(path, Fault.cutShort(pack.size() / 2));

        SyncReport report = sync();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        List<FaultyFeedServer.Request> asked = server.requests(path);
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).header("Range")).isNull();
        assertThat(asked.get(1).header("Range")).isEqualTo("bytes=" + pack.size() / 2 + "-");
        assertThat(requestedPaths()).noneMatch(p -> p.startsWith("items/"));
        assertThat(MirrorSnapshot.of(mirror).items()).isEqualTo(feed.publishedItemHashes());
    }

    @Test
    void publishKeepsOnlyTheCurrentPackAndWritesNoneForASmallFeedByDefault() {
        Manifest.FileEntry first = pack();
        ObjectNode item = feed.readItem(feed.manifest().items().get(0).id());
        item.put("title", item.get("title").asText() + "（修订）");
        feed.putItem(item);
        feed.publishWithPacks(2);

        Manifest.FileEntry second = pack();
        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        assertThat(feed.dir().resolve(FeedNames.filePath(first.sha256()))).doesNotExist();
        assertThat(feed.dir().resolve(FeedNames.filePath(second.sha256()))).hasSize(second.size());

        feed.publish(3); // 60 items: fewer than publish's 1,000
        assertThat(feed.manifest().packs()).isEmpty();
        assertThat(feed.dir().resolve(FeedNames.filePath(second.sha256()))).doesNotExist();
    }

    @Test
    void aSyncThatLacksFewItemsFetchesThemOneByOne() {
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        ObjectNode item = feed.readItem(feed.manifest().items().get(0).id());
        item.put("title", item.get("title").asText() + "（修订）");
        feed.putItem(item);
        feed.publishWithPacks(2);
        server.clearLog();

        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);

        assertThat(requestedPaths()).containsExactlyInAnyOrder(FeedNames.MANIFEST, FeedNames.SIGNATURE,
                FeedNames.itemPath(item.get("id").asText()));
        assertThat(MirrorSnapshot.of(mirror).items()).isEqualTo(feed.publishedItemHashes());
    }

    @Test
    void aFolderImportReadsItsFilesAndNotThePack() throws Exception {
        SyncReport report = engine.run(new FolderFeedSource(feed.dir()), "test", SyncProgress.Listener.NONE,
                () -> false);

        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(MirrorSnapshot.of(mirror).items()).isEqualTo(feed.publishedItemHashes());
    }

    /**
     * Rewrites the pack with {@code entryName} holding {@code bytes} and signs a manifest that names the new
     * pack: a publisher's own mistake, which the entry check must still catch.
     */
    void replacePack(String entryName, byte[] bytes) throws IOException {
        Manifest.FileEntry old = pack();
        Path oldPack = feed.dir().resolve(FeedNames.filePath(old.sha256()));
        Path newPack = tmp.resolve("pack.zip");
        try (ZipFile in = new ZipFile(oldPack.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(newPack))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entryName)) {
                    out.write(bytes);
                } else {
                    try (InputStream entry = in.getInputStream(e)) {
                        entry.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        byte[] packBytes = Files.readAllBytes(newPack);
        String hash = Hashes.sha256(packBytes);
        Files.write(feed.dir().resolve(FeedNames.filePath(hash)), packBytes);
        Path manifestFile = feed.dir().resolve(FeedNames.MANIFEST);
        ObjectNode manifest = (ObjectNode) FeedJson.MAPPER.readTree(Files.readAllBytes(manifestFile));
        ArrayNode packs = manifest.putArray("packs");
        packs.addObject().put("sha256", hash).put("size", packBytes.length).put("media_type", "application/zip");
        byte[] manifestBytes = FeedJson.MAPPER.writeValueAsBytes(manifest);
        Files.write(manifestFile, manifestBytes);
        Files.writeString(feed.dir().resolve(FeedNames.SIGNATURE), Ed25519Keys.sign(feed.keys().getPrivate(),
                manifestBytes), StandardCharsets.US_ASCII);
    }
}
