package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemType;
import org.hallkiosk.content.Validity;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.FeedSource;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.feed.Hashes;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncRecord;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.testing.FailureLog;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync engine against feeds in folders: the happy paths, and every way a feed's content can be wrong. */
class SyncEngineTest {

    @TempDir
    Path tmp;

    TestFeed feed;
    Mirror mirror;
    SyncEngine engine;

    @BeforeEach
    void setUp() throws IOException {
        feed = TestFeed.fromSample(tmp.resolve("publisher"));
        mirror = Mirror.open(tmp.resolve("data"));
        engine = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT);
    }

    @AfterEach
    void tearDown() {
        mirror.close();
    }

    SyncReport sync() throws Exception {
        return engine.run(new FolderFeedSource(feed.dir()), "test", SyncProgress.Listener.NONE, () -> false);
    }

    /** Publishes sequence 1, applies it, and returns what the mirror then shows. */
    MirrorSnapshot applyFirst() throws Exception {
        feed.publish(1);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        return MirrorSnapshot.of(mirror);
    }

    /** The reason must name the place, the mirror must be as before, and the next good sync must work. */
    void assertRefusedAndIntact(SyncReport report, MirrorSnapshot before, String key, String named) throws Exception {
        assertThat(report.outcome()).isIn(SyncOutcome.REFUSED, SyncOutcome.FAILED);
        assertThat(report.reasonKey()).isEqualTo(key);
        assertThat(report.reason()).contains(named);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
        SyncRecord last = mirror.history().last().orElseThrow();
        assertThat(last.outcome()).isEqualTo(report.outcome());
        assertThat(last.reasonKey()).isEqualTo(key);
        // The next good publication goes through.
        feed = TestFeed.fromSample(tmp.resolve("publisher2"));
        engine = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT);
        feed.publish(before.sequence() + 10);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().sequence()).isEqualTo(before.sequence() + 10);
    }

    @Test
    void aBrokenHistoryIsAFailedReportNotAnException() throws Exception {
        feed.publish(1);
        mirror.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("DROP TABLE sync_history"); // the history cannot be written: a disk or schema fault
            }
            return null;
        });
        SyncReport report;
        try (FailureLog failures = new FailureLog()) {
            report = sync();
            assertThat(failures.lines()).singleElement().asString().contains("sync history", "MirrorException");
        }
        assertThat(report.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(report.reasonKey()).isEqualTo("sync.mirror");
        assertThat(report.reason()).startsWith(Messages.get("sync.mirror", "").strip());
        assertThat(mirror.items().sequence()).as("nothing applied").isEqualTo(-1);
    }

    @Test
    void aFaultOfOursMidSyncIsReportedOnceAndClosesItsHistoryRow() throws Exception {
        MirrorSnapshot before = applyFirst();
        feed.putItem(TestFeed.notice("tzgg-bug", "新通知（示例）", "tzgg"));
        feed.publish(2);
        // a source with a bug: the manifest arrives, then an item fetch throws what no network throws
        FeedSource folder = new FolderFeedSource(feed.dir());
        FeedSource buggy = new FeedSource() {
            @Override
            public String describe() {
                return folder.describe();
            }

            @Override
            public ManifestResponse fetchManifest(Validators previous) throws IOException, FeedException {
                return folder.fetchManifest(previous);
            }

            @Override
            public byte[] fetchSignature() throws IOException, FeedException {
                return folder.fetchSignature();
            }

            @Override
            public byte[] fetchItem(String id, long maxBytes) {
                throw new IllegalStateException("a bug, not a network");
            }

            @Override
            public void fetchFile(String sha256, long size, Path target, LongConsumer bytesArrived)
                    throws IOException, FeedException {
                folder.fetchFile(sha256, size, target, bytesArrived);
            }
        };
        SyncReport report;
        try (FailureLog failures = new FailureLog()) {
            report = engine.run(buggy, "test", SyncProgress.Listener.NONE, () -> false);
            assertThat(failures.lines()).singleElement().asString().contains("sync", "IllegalStateException");
        }
        assertThat(report.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(report.reasonKey()).isEqualTo("sync.unexpected");
        SyncRecord last = mirror.history().last().orElseThrow();
        assertThat(last.outcome()).as("the row is closed, not left running").isEqualTo(SyncOutcome.FAILED);
        assertThat(last.reasonKey()).isEqualTo("sync.unexpected");
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
    }

    @Test
    void firstSyncMirrorsTheSampleWithTheRealSeedPolicy() throws Exception {
        feed.publish(1);
        SyncReport report = sync();
        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(report.newItems()).isGreaterThanOrEqualTo(20);
        assertThat(report.files()).isEqualTo(mirror.items().counts().files());
        Item seed = mirror.items().item("zcwj-2024-00131").orElseThrow();
        assertThat(seed.type()).isEqualTo(ItemType.POLICY);
        assertThat(seed.policy().docNo()).isEqualTo("济退役军人发〔2024〕17号");
        assertThat(seed.policy().indexNo()).isEqualTo("11370100MB28508779/2024-00131");
        assertThat(seed.policy().validity()).isEqualTo(Validity.EFFECTIVE);
        assertThat(seed.body()).contains("打造高品质政务公开线下阵地");
        assertThat(mirror.items().interpretationsOf("zcwj-2024-00131")).isNotEmpty();
        for (String hash : seed.fileHashes()) {
            assertThat(Hashes.sha256(mirror.files().path(hash))).isEqualTo(hash);
        }
    }

    @Test
    void sameSequenceIsNothingToDo() throws Exception {
        MirrorSnapshot before = applyFirst();
        SyncReport again = sync();
        assertThat(again.outcome()).isEqualTo(SyncOutcome.UNCHANGED);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
    }

    @Test
    void onlyChangedItemsAreFetchedAndWithdrawnItemsRemoved() throws Exception {
        applyFirst();
        ObjectNode notice = feed.readItem("tzgg-2024-bmys");
        notice.put("title", notice.get("title").asText() + "（更新）");
        feed.putItem(notice);
        feed.removeItem("gzdt-2022-zczph");
        feed.publish(2);
        long changedBytes = Files.size(feed.dir().resolve("items/tzgg-2024-bmys.json"));

        SyncReport report = sync();

        assertThat(report.outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(report.newItems()).isZero();
        assertThat(report.changedItems()).isEqualTo(1);
        assertThat(report.withdrawnItems()).isEqualTo(1);
        assertThat(report.files()).isZero();
        assertThat(report.bytes()).isEqualTo(changedBytes);
        assertThat(mirror.items().item("tzgg-2024-bmys").orElseThrow().title()).endsWith("（更新）");
        assertThat(mirror.items().item("gzdt-2022-zczph")).isEmpty();
    }

    @Test
    void aLowerSequenceIsRefusedAsReplay() throws Exception {
        Path old = tmp.resolve("old-feed");
        feed.publish(5);
        TestFeed.copyTree(feed.dir(), old);
        feed.publish(6);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        MirrorSnapshot before = MirrorSnapshot.of(mirror);

        SyncReport report = engine.run(new FolderFeedSource(old), "test", SyncProgress.Listener.NONE, () -> false);

        assertRefusedAndIntact(report, before, "sync.replay", "5");
    }

    @Test
    void aBadSignatureIsRefused() throws Exception {
        MirrorSnapshot before = applyFirst();
        feed.publish(2);
        Path manifest = feed.dir().resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"sequence\" : 2", "\"sequence\" : 3"));
        assertRefusedAndIntact(sync(), before, "sync.badSignature", "manifest.json.sig");
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws Exception {
        MirrorSnapshot before = applyFirst();
        feed.publish(2);
        byte[] manifest = Files.readAllBytes(feed.dir().resolve("manifest.json"));
        Files.writeString(feed.dir().resolve("manifest.json.sig"),
                Ed25519Keys.sign(Ed25519Keys.generate().getPrivate(), manifest), StandardCharsets.US_ASCII);
        assertRefusedAndIntact(sync(), before, "sync.badSignature", "manifest.json.sig");
    }

    @Test
    void anItemWhoseBytesDoNotMatchItsHashIsRefused() throws Exception {
        MirrorSnapshot before = applyFirst();
        ObjectNode notice = feed.readItem("tzgg-2024-bmys");
        notice.put("title", "改过的标题");
        feed.putItem(notice);
        feed.publish(2);
        Path item = feed.dir().resolve("items/tzgg-2024-bmys.json");
        byte[] bytes = Files.readAllBytes(item);
        bytes[bytes.length / 2] = (byte) (bytes[bytes.length / 2] == 'x' ? 'y' : 'x');
        Files.write(item, bytes);
        assertRefusedAndIntact(sync(), before, "sync.itemHashMismatch", "items/tzgg-2024-bmys.json");
    }

    @Test
    void anAttachmentWhoseBytesDoNotMatchItsNameIsRefused() throws Exception {
        MirrorSnapshot before = applyFirst();
        feed.putFile("new.pdf", "%PDF-1.4 新附件".getBytes(StandardCharsets.UTF_8));
        feed.putItem(TestFeed.attach(TestFeed.notice("tzgg-new", "新通知（示例）", "tzgg"), "new.pdf", "附件", "original"));
        feed.publish(2);
        String hash = Hashes.sha256("%PDF-1.4 新附件".getBytes(StandardCharsets.UTF_8));
        Files.writeString(feed.dir().resolve("files").resolve(hash), "%PDF-1.4 另一个");
        SyncReport report = sync();
        assertThat(report.reasonKey()).isIn("sync.fileHashMismatch", "sync.fileSizeMismatch");
        assertThat(report.reason()).contains("files/" + hash);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
        assertThat(mirror.files().has(hash)).isFalse();
    }

    @Test
    void anAttachmentRefusedFromAFolderRemovesTheOnesCopiedBesideTheApply() throws Exception {
        MirrorSnapshot before = applyFirst();
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] content = ("%PDF-1.4 好附件 " + i).getBytes(StandardCharsets.UTF_8);
            feed.putFile("good" + i + ".pdf", content);
            feed.putItem(TestFeed.attach(TestFeed.notice("tzgg-good-" + i, "新通知（示例）", "tzgg"),
                    "good" + i + ".pdf", "附件", "original"));
            good.add(Hashes.sha256(content));
        }
        byte[] content = "%PDF-1.4 新附件".getBytes(StandardCharsets.UTF_8);
        feed.putFile("new.pdf", content);
        feed.putItem(TestFeed.attach(TestFeed.notice("tzgg-new", "新通知（示例）", "tzgg"), "new.pdf", "附件", "original"));
        feed.publish(2);
        String hash = Hashes.sha256(content);
        Files.writeString(feed.dir().resolve("files").resolve(hash), "%PDF-1.4 另一个");
        SyncReport report = sync();
        assertThat(report.reasonKey()).isIn("sync.fileHashMismatch", "sync.fileSizeMismatch");
        assertThat(report.reason()).contains("files/" + hash);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
        assertThat(good).noneMatch(mirror.files()::has);
    }

    @Test
    void anAttachmentLargerThanStatedIsRefused() throws Exception {
        MirrorSnapshot before = applyFirst();
        byte[] content = "%PDF-1.4 正好这么长".getBytes(StandardCharsets.UTF_8);
        feed.putFile("new.pdf", content);
        feed.putItem(TestFeed.attach(TestFeed.notice("tzgg-new", "新通知（示例）", "tzgg"), "new.pdf", "附件", "original"));
        feed.publish(2);
        String hash = Hashes.sha256(content);
        Files.write(feed.dir().resolve("files").resolve(hash), (new String(content, StandardCharsets.UTF_8)
                + " 多出来的字节").getBytes(StandardCharsets.UTF_8));
        assertRefusedAndIntact(sync(), before, "feed.largerThanStated", "files/" + hash);
    }

    @Test
    void anIdWithASlashOrDotsMakesTheManifestInvalid() throws Exception {
        MirrorSnapshot before = applyFirst();
        feed.publish(2);
        rewriteSignedManifest(json -> json.replace("\"id\" : \"tzgg-2024-bmys\"", "\"id\" : \"../../etc/passwd\""));
        assertRefusedAndIntact(sync(), before, "feed.badField", "items[");
    }

    @Test
    void anItemMissingARequiredFieldIsRefusedNamingItAndTheField() throws Exception {
        MirrorSnapshot before = applyFirst();
        feed.publish(2);
        // A publisher other than ours, who signs whatever it has: drop the issuer of a policy and re-sign.
        Path item = feed.dir().resolve("items/zcwj-2024-00131.json");
        ObjectNode node = (ObjectNode) FeedJson.MAPPER.readTree(item.toFile());
        node.remove("issuer");
        byte[] bytes = FeedJson.MAPPER.writeValueAsBytes(node);
        Files.write(item, bytes);
        rewriteSignedManifest(json -> replaceEntry(json, "zcwj-2024-00131", Hashes.sha256(bytes), bytes.length));
        SyncReport report = sync();
        assertRefusedAndIntact(report, before, "feed.badField", "issuer");
        assertThat(report.reason()).contains("items/zcwj-2024-00131.json");
    }

    @Test
    void anInvalidJsonManifestIsRefused() throws Exception {
        MirrorSnapshot before = applyFirst();
        feed.publish(2);
        rewriteSignedManifest(json -> json.substring(0, json.length() / 2));
        assertRefusedAndIntact(sync(), before, "feed.invalidJson", "manifest.json");
    }

    @Test
    void aNewerFormatVersionIsRefused() throws Exception {
        MirrorSnapshot before = applyFirst();
        feed.publish(2);
        rewriteSignedManifest(json -> json.replace("\"format_version\" : 1", "\"format_version\" : 2"));
        assertRefusedAndIntact(sync(), before, "manifest.newerFormat", "2");
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        feed.publish(1);
        rewriteSignedManifest(json -> json.replaceFirst("\\{", "{\"future_field\": {\"x\": 1},"));
        ObjectNode notice = TestFeed.notice("tzgg-future", "将来的字段（示例）", "tzgg");
        notice.put("something_new", "ignored");
        feed.putItem(notice);
        feed.publish(2);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().item("tzgg-future")).isPresent();
    }

    @Test
    void aFullDiskIsFoundBeforeDownloading() throws Exception {
        MirrorSnapshot before = applyFirst();
        feed.putItem(TestFeed.notice("tzgg-new", "新通知（示例）", "tzgg"));
        feed.publish(2);
        engine = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT.withFreeSpace(dir -> 1024));
        SyncReport report = sync();
        assertThat(report.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(report.reasonKey()).isEqualTo("sync.diskFull");
        assertThat(report.bytes()).isZero();
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
        engine = new SyncEngine(mirror, feed.publicKey(), SyncOptions.DEFAULT);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
    }

    @Test
    void cancellingLeavesTheMirrorAsItWas() throws Exception {
        MirrorSnapshot before = applyFirst();
        for (int i = 0; i < 50; i++) {
            feed.putItem(TestFeed.notice("tzgg-bulk-" + i, "批量通知 " + i + "（示例）", "tzgg"));
        }
        feed.publish(2);
        int[] seen = {0};
        SyncReport report = engine.run(new FolderFeedSource(feed.dir()), "test", p -> seen[0] = p.itemsDone(),
                () -> seen[0] >= 10);
        assertThat(report.outcome()).isEqualTo(SyncOutcome.CANCELLED);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().item("tzgg-bulk-49")).isPresent();
    }

    @Test
    void aSymlinkInAFolderFeedIsRefused() throws Exception {
        MirrorSnapshot before = applyFirst();
        feed.putItem(TestFeed.notice("tzgg-new", "新通知（示例）", "tzgg"));
        feed.publish(2);
        Path item = feed.dir().resolve("items/tzgg-new.json");
        Path elsewhere = tmp.resolve("elsewhere.json");
        Files.move(item, elsewhere);
        Files.createSymbolicLink(item, elsewhere);
        assertRefusedAndIntact(sync(), before, "feed.symlink", "items/tzgg-new.json");
    }

    @Test
    void afterASyncThatDiedBeforeItsCommitTheFilesTheMirrorDoesNotNameAreRemoved() throws Exception {
        MirrorSnapshot before = applyFirst();
        long named = mirror.files().count();
        // What a sync cut off by a power cut leaves: its history row still running, and attachments put in the
        // store but never forced to the disk (they may be empty after the cut).
        mirror.history().begin("USB", "test", 1);
        Path stray = Files.write(mirror.files().dir().resolve(Hashes.sha256(new byte[] {1})), new byte[0]);

        assertThat(sync().outcome()).isEqualTo(SyncOutcome.UNCHANGED);

        assertThat(stray).doesNotExist();
        assertThat(mirror.files().count()).isEqualTo(named);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
    }

    @Test
    void whatAFailedSyncLeftInTheStoreIsKeptForTheNext() throws Exception {
        applyFirst();
        long named = mirror.files().count();
        // a failed sync's attachments: forced when it ended, and reused by the next one
        byte[] bytes = {1, 2, 3};
        Path kept = Files.write(mirror.files().dir().resolve(Hashes.sha256(bytes)), bytes);

        assertThat(sync().outcome()).isEqualTo(SyncOutcome.UNCHANGED);

        assertThat(kept).exists();
        assertThat(mirror.files().count()).isEqualTo(named + 1);
    }

    private void rewriteSignedManifest(UnaryOperator<String> change) throws IOException {
        Path manifest = feed.dir().resolve("manifest.json");
        String changed = change.apply(Files.readString(manifest));
        Files.writeString(manifest, changed);
        Files.writeString(feed.dir().resolve("manifest.json.sig"),
                Ed25519Keys.sign(feed.keys().getPrivate(), changed.getBytes(StandardCharsets.UTF_8)));
    }

    private static String replaceEntry(String manifest, String id, String sha, long size) {
        try {
            ObjectNode root = (ObjectNode) FeedJson.MAPPER.readTree(manifest);
            for (var entry : root.withArray("items")) {
                if (entry.get("id").asText().equals(id)) {
                    ((ObjectNode) entry).put("sha256", sha).put("size", size);
                }
            }
            return FeedJson.MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
