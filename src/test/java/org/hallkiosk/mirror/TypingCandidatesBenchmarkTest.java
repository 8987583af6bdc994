package org.hallkiosk.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hallkiosk.feed.Ed25519Keys;
import org.hallkiosk.feed.FeedWriter;
import org.hallkiosk.input.CommonCharacters;
import org.hallkiosk.input.MirrorPinyinCandidates;
import org.hallkiosk.testing.GeneratedFeed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keyboard's pinyin candidate bar on the 20,000-item generated feed: each letter typed of the full pinyin
 * and initials of 40 titles' words asks for 10 candidates (the mirror's words, then common characters). Prints
 * p50 and p95 beside, in the same process, search's own as-you-type suggestions for the same letters and the
 * common-character look-up alone. Run with
 * {@code mvn -B -o -Pbench verify -Dtest=TypingCandidatesBenchmarkTest}.
 */
@Tag("bench")
class TypingCandidatesBenchmarkTest {

    static final int ITEMS = Integer.getInteger("bench.items", 20_000);
    static final int ROUNDS = 3;

    @TempDir
    Path tmp;

    @Test
    void candidatesOnTwentyThousandItems() throws Exception {
        Path content = GeneratedFeed.writeContent(tmp.resolve("content"), ITEMS, 0, 0, 20240618L);
        KeyPair keys = Ed25519Keys.generate();
        Path feed = tmp.resolve("feed");
        FeedWriter.publish(content, feed, keys.getPrivate(), 1L);
        try (Mirror mirror = Mirror.open(tmp.resolve("data"))) {
            SearchBenchmarkTest.timeSync(mirror, feed, keys);
            mirror.search().prepare();
            CommonCharacters characters = CommonCharacters.shared();
            MirrorPinyinCandidates candidates = new MirrorPinyinCandidates(mirror, () -> characters);

            List<String> typed = new ArrayList<>();
            for (String w : List.of("优待证", "退役士兵安置", "创业扶持贷款贴息", "无名烈士寻亲", "光荣牌悬挂",
                    "伤残抚恤关系转移", "随军家属就业安置", "双拥模范城创建", "退役军人服务站建设", "英雄山薪火宣传",
                    "政务公开工作要点", "军人军属权益维护", "优抚对象医疗保障", "自主就业一次性经济补助", "烈士褒扬纪念",
                    "退役军人教育培训", "服务大厅", "优待", "抚恤", "烈士", "就业", "创业", "安置", "培训", "寻亲",
                    "双拥", "补助", "医疗", "褒扬", "贷款", "随军", "伤残", "光荣", "家属", "权益", "宣传", "量子",
                    "火星", "航天", "飞机")) {
                PinyinText py = PinyinText.of(w);
                for (String letters : List.of(py.commonPinyin(), py.commonInitials())) {
                    for (int i = 1; i <= letters.length(); i++) {
                        typed.add(letters.substring(0, i)); // letter by letter, as a visitor types
                    }
                }
            }
            int offered = 0;
            for (String p : typed) {
                offered += candidates.candidates(p, 10).isEmpty() ? 0 : 1; // warm-up
                mirror.search().suggest(p, 8);
            }
            SearchBenchmarkTest.Timings bar = new SearchBenchmarkTest.Timings(typed.size() * ROUNDS);
            SearchBenchmarkTest.Timings suggest = new SearchBenchmarkTest.Timings(typed.size() * ROUNDS);
            SearchBenchmarkTest.Timings chars = new SearchBenchmarkTest.Timings(typed.size() * ROUNDS);
            Search search = mirror.search();
            for (int r = 0; r < ROUNDS; r++) {
                for (String p : typed) {
                    bar.time(() -> candidates.candidates(p, 10));
                    suggest.time(() -> search.suggest(p, 8));
                    chars.time(() -> characters.read(p, 10));
                }
            }
            System.out.printf(Locale.ROOT, "typing candidates benchmark, %d items, %d cores, load average %.1f%n",
                    ITEMS, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "  %d letters typed x %d rounds; %d of %d offered candidates%n",
                    typed.size(), ROUNDS, offered, typed.size());
            System.out.printf(Locale.ROOT, "  candidate bar (mirror words + common characters): %s%n", bar);
            System.out.printf(Locale.ROOT, "  floor, search's as-you-type suggestions for the same letters: %s%n", suggest);
            System.out.printf(Locale.ROOT, "  floor, common characters alone (%d characters): %s%n",
                    characters.size(), chars);
            assertThat(offered).isGreaterThan(typed.size() / 2);
        }
    }
}
