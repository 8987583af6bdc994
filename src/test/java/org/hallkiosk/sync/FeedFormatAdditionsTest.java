package org.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedException;
import org.hallkiosk.feed.FeedJson;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.feed.FolderFeedSource;
import org.hallkiosk.feed.ItemReader;
import org.hallkiosk.i18n.Messages;
import org.hallkiosk.mirror.ContentFreshness;
import org.hallkiosk.mirror.Mirror;
import org.hallkiosk.mirror.SyncOutcome;
import org.hallkiosk.mirror.SyncReport;
import org.hallkiosk.testing.CommandRun;
import org.hallkiosk.testing.MirrorSnapshot;
import org.hallkiosk.testing.TestFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The additions to format 1 (feed-format.md, 2026-11-29): sequence bounds, the replay guard bound to the key,
 * expiry, strict JSON, and a material's form shown as written; and {@code publish}'s side of them.
 */
class FeedFormatAdditionsTest {

    static final long MAX = (1L << 53) - 1;

    @TempDir
    Path tmp;

    TestFeed feed;
    Mirror mirror;
    Path data;

    @BeforeEach
    void setUp() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        feed = TestFeed.fromSample(tmp.resolve("publisher"));
        data = tmp.resolve("data");
        mirror = Mirror.open(data);
    }

    @AfterEach
    void tearDown() {
        mirror.close();
    }

    SyncReport sync(TestFeed from, SyncOptions options) {
        return syncFrom(from.dir(), from, options);
    }

    SyncReport syncFrom(Path dir, TestFeed keyOf, SyncOptions options) {
        try {
            return new SyncEngine(mirror, keyOf.publicKey(), options)
                    .run(new FolderFeedSource(dir), "test", SyncProgress.Listener.NONE, () -> false);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    SyncReport sync() {
        return sync(feed, SyncOptions.DEFAULT);
    }

    /** Changes the published manifest's text and signs it again with the feed's key, as a publisher could. */
    static void resign(TestFeed f, UnaryOperator<String> change) throws IOException {
        Path manifest = f.dir().resolve("manifest.json");
        byte[] changed = change.apply(Files.readString(manifest)).getBytes(StandardCharsets.UTF_8);
        resignBytes(f, changed);
    }

    static void resignBytes(TestFeed f, byte[] bytes) throws IOException {
        Files.write(f.dir().resolve("manifest.json"), bytes);
        Files.writeString(f.dir().resolve("manifest.json.sig"), Ed25519Keys.sign(f.keys().getPrivate(), bytes));
    }

    static String withSequence(String manifest, String sequence) {
        return manifest.replaceFirst("\"sequence\" : \\d+", "\"sequence\" : " + sequence);
    }

    MirrorSnapshot applyFirst() {
        feed.publish(1);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        return MirrorSnapshot.of(mirror);
    }

    void assertRefused(SyncReport report, MirrorSnapshot before, String key, String... said) {
        assertThat(report.outcome()).isEqualTo(SyncOutcome.REFUSED);
        assertThat(report.reasonKey()).isEqualTo(key);
        assertThat(report.reason()).contains(said);
        assertThat(MirrorSnapshot.of(mirror)).isEqualTo(before);
    }

    // --- sequence bounds and the key ---

    @Test
    void aSequenceOutsideOneTo2Pow53Minus1IsInvalid() throws IOException {
        MirrorSnapshot before = applyFirst();
        for (String bad : new String[] {"9223372036854775807", Long.toString(MAX + 1), "0", "-3",
                "99999999999999999999999"}) {
            feed.publish(2);
            resign(feed, m -> withSequence(m, bad));
            assertRefused(sync(), before, "feed.badField", "sequence");
            Files.delete(feed.dir().resolve("manifest.json"));
        }
        feed.publish(2);
        resign(feed, m -> withSequence(m, Long.toString(MAX)));
        assertThat(sync().outcome()).as("2^53 - 1 itself is valid").isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().sequence()).isEqualTo(MAX);
    }

    @Test
    void aNewPublisherKeyLetsTheNextFeedCarryAnySequenceAndTheGuardGoesOnFromThere() throws IOException {
        feed.publish(1);
        resign(feed, m -> withSequence(m, Long.toString(MAX)));
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        MirrorSnapshot stuck = MirrorSnapshot.of(mirror);

        // With the same key, nothing lower can ever be applied again: the guard holds. (publish itself refuses
        // to go lower in the same OUT_DIR, so the old manifest is removed first.)
        Files.delete(feed.dir().resolve("manifest.json"));
        feed.publish(2);
        assertRefused(sync(), stuck, "sync.replay", "2");

        // The recovery: a new key pair, its public key installed, a fresh OUT_DIR.
        TestFeed rotated = TestFeed.fromSample(tmp.resolve("rotated"));
        rotated.publish(5);
        assertThat(sync(rotated, SyncOptions.DEFAULT).outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().sequence()).isEqualTo(5);
        assertThat(mirror.items().state().orElseThrow().keyFingerprint())
                .isEqualTo(Ed25519Keys.fingerprint(rotated.publicKey()));

        // From there the guard belongs to the new key.
        TestFeed older = TestFeed.fromSample(tmp.resolve("older"));
        TestFeed.copyTree(rotated.dir(), older.dir());
        rotated.publish(6);
        assertThat(sync(rotated, SyncOptions.DEFAULT).outcome()).isEqualTo(SyncOutcome.APPLIED);
        MirrorSnapshot six = MirrorSnapshot.of(mirror);
        SyncReport replay = syncFrom(older.dir(), rotated, SyncOptions.DEFAULT);
        assertRefused(replay, six, "sync.replay", "5");
    }

    // --- expiry ---

    @Test
    void aManifestAlreadyExpiredIsRefused() throws IOException {
        MirrorSnapshot before = applyFirst();
        feed.publish(2);
        resign(feed, m -> m.replaceFirst("\"generated_at\"", "\"expires\" : \"2024-01-01T00:00:00+08:00\",\n  \"generated_at\""));
        assertRefused(sync(), before, "sync.expired", "2024-01-01T00:00:00+08:00");

        // The same manifest before its expiry is applied: the check is the date, not the field.
        Clock earlier = Clock.fixed(Instant.parse("2023-12-01T00:00:00Z"), ZoneOffset.UTC);
        assertThat(sync(feed, SyncOptions.DEFAULT.withClock(earlier)).outcome()).isEqualTo(SyncOutcome.APPLIED);
    }

    @Test
    void onceTheHeldPublicationExpiresStatusAndHealthSaySo() throws IOException {
        Path config = feed.writeConfig(tmp.resolve("kiosk-config"), feed.dir().toString(), data);
        feed.publish(1);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        JsonNode fresh = CommandRun.statusJson(config, data);
        assertThat(fresh.get("stale").asBoolean()).isFalse();
        assertThat(fresh.get("expires").isNull()).isTrue();
        assertThat(fresh.get("content_age_days").asLong()).isZero();

        String expires = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(3).withNano(0).toString();
        feed.publish(2);
        resign(feed, m -> m.replaceFirst("\"generated_at\" : \"[^\"]*\"",
                "\"generated_at\" : \"2020-01-01T09:00:00+08:00\", \"expires\" : \"" + expires + "\""));
        // Applied while it was still current (a kiosk's clock a week back), then held past its expiry.
        Clock weekAgo = Clock.offset(Clock.systemUTC(), Duration.ofDays(-7));
        assertThat(sync(feed, SyncOptions.DEFAULT.withClock(weekAgo)).outcome()).isEqualTo(SyncOutcome.APPLIED);

        JsonNode stale = CommandRun.statusJson(config, data);
        assertThat(stale.get("stale").asBoolean()).isTrue();
        assertThat(stale.get("expires").asText()).isEqualTo(expires);
        assertThat(stale.get("content_age_days").asLong()).isGreaterThan(365);
        CommandRun health = CommandRun.of("health", "--config", config.toString(), "--data", data.toString());
        assertThat(health.out()).contains("内容已过期").contains(expires);
        ContentFreshness freshness = ContentFreshness.of(mirror, Instant.now()).orElseThrow();
        assertThat(freshness.updatedOnText()).isEqualTo("内容更新于 2020年1月1日");
    }

    // --- strict JSON ---

    @Test
    void aDuplicatedKeyIsInvalidAndSaidInChinese() throws IOException {
        MirrorSnapshot before = applyFirst();
        feed.publish(2);
        resign(feed, m -> m.replaceFirst("\"sequence\" : 2", "\"sequence\" : 2, \"sequence\" : 99"));
        SyncReport report = sync();
        assertRefused(report, before, "feed.invalidJson", "manifest.json", "第 ", "“sequence”");
        assertThat(report.reason()).doesNotContain("Duplicate").doesNotContainPattern("[A-Za-z]{4,} [a-z]{3,}");
    }

    @Test
    void aByteOrderMarkOrUtf16IsInvalid() throws IOException {
        MirrorSnapshot before = applyFirst();
        feed.publish(2);
        byte[] utf8 = Files.readAllBytes(feed.dir().resolve("manifest.json"));
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        resignBytes(feed, bom);
        assertRefused(sync(), before, "feed.invalidJson", "BOM");

        String text = new String(utf8, StandardCharsets.UTF_8);
        for (var charset : new Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE}) {
            resignBytes(feed, text.getBytes(charset));
            assertRefused(sync(), before, "feed.invalidJson", "manifest.json");
        }
        resignBytes(feed, utf8);
        assertThat(sync().outcome()).as("the same manifest in UTF-8").isEqualTo(SyncOutcome.APPLIED);
    }

    @Test
    void aColumnOrderBeyondAnIntIsInvalidNotWrapped() throws IOException {
        MirrorSnapshot before = applyFirst();
        feed.publish(2);
        resign(feed, m -> m.replaceFirst("\"order\" : \\d+", "\"order\" : 1099511627776"));
        assertRefused(sync(), before, "feed.badField", "columns[0].order");
        resign(feed, m -> m.replaceFirst("\"order\" : \\d+", "\"order\" : 2147483647"));
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
    }

    @Test
    void anItemWithADuplicatedKeyIsInvalid() {
        byte[] item = "{\"id\": \"a\", \"id\": \"b\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ItemReader.read(item, "items/a.json")).isInstanceOf(FeedException.class)
                .hasMessageContaining("items/a.json").hasMessageContaining("“id”");
    }

    // --- a material's form ---

    @Test
    void aMaterialsFormIsShownAsWrittenUpToTwentyCharacters() throws IOException {
        ObjectNode guide = feed.readItem("bszn-ydz-sl");
        ObjectNode material = (ObjectNode) guide.withArray("materials").get(0);
        material.put("form", "纸质或电子版");
        feed.putItem(guide);
        feed.publish(1);
        assertThat(sync().outcome()).isEqualTo(SyncOutcome.APPLIED);
        assertThat(mirror.items().item("bszn-ydz-sl").orElseThrow().guide().materials().get(0).form())
                .isEqualTo("纸质或电子版");

        material.put("form", "一".repeat(21));
        feed.putItem(guide);
        assertThatThrownBy(() -> FeedWriter.publish(feed.contentDir(), feed.dir(), feed.keys().getPrivate(), 2L))
                .isInstanceOf(FeedWriter.InvalidContent.class).hasMessageContaining("materials[0].form");
    }

    // --- publish ---

    @Test
    void publishRefusesASequenceNotAfterThePreviousOrOutOfBounds() throws Exception {
        feed.publish(7);
        String seven = Files.readString(feed.dir().resolve("manifest.json"));
        for (long bad : new long[] {7, 3}) {
            assertThatThrownBy(() -> FeedWriter.publish(feed.contentDir(), feed.dir(), feed.keys().getPrivate(), bad))
                    .isInstanceOf(FeedException.class).hasMessageContaining("7");
        }
        assertThatThrownBy(() -> FeedWriter.publish(feed.contentDir(), tmp.resolve("fresh"), feed.keys().getPrivate(),
                MAX + 1)).isInstanceOf(FeedException.class).hasMessageContaining("9007199254740991");
        assertThat(Files.readString(feed.dir().resolve("manifest.json"))).isEqualTo(seven);
        assertThat(FeedWriter.publish(feed.contentDir(), feed.dir(), feed.keys().getPrivate(), 8L).sequence())
                .isEqualTo(8);
    }

    @Test
    void publishExpiresInSetsTheExpiry() throws Exception {
        Path key = tmp.resolve("key.pem");
        Files.writeString(key, Ed25519Keys.toPem(feed.keys().getPrivate()));
        Path out = tmp.resolve("out");
        CommandRun run = CommandRun.of("publish", feed.contentDir().toString(), out.toString(), "--key",
                key.toString(), "--expires-in", "30");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode manifest = FeedJson.MAPPER.readTree(out.resolve("manifest.json").toFile());
        OffsetDateTime generated = OffsetDateTime.parse(manifest.get("generated_at").asText());
        assertThat(OffsetDateTime.parse(manifest.get("expires").asText())).isEqualTo(generated.plusDays(30));
        CommandRun again = CommandRun.of("publish", feed.contentDir().toString(), out.toString(), "--key",
                key.toString(), "--sequence", "1");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("1");
        assertThat(FeedJson.MAPPER.readTree(out.resolve("manifest.json").toFile())).isEqualTo(manifest);
    }
}
