package org.hallkiosk.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The commonest hanzi by their readings, most frequent first: what the pinyin candidate bar offers after the
 * mirror's own words. The order is {@code common-characters.txt} (generated from HanLP's dictionaries, see
 * scripts/CommonCharacters.java); the readings are pinyin4j's, every reading of a polyphonic character counting.
 */
public final class CommonCharacters {

    private static final String RESOURCE = "common-characters.txt";

    /** Syllable (no tones; ü as v and as u) → characters that read so, most frequent first; sorted by syllable. */
    private final TreeMap<String, List<String>> bySyllable;
    /** Each character's place in the frequency order, to merge the lists of several syllables. */
    private final Map<String, Integer> rank;

    private CommonCharacters(TreeMap<String, List<String>> bySyllable, Map<String, Integer> rank) {
        this.bySyllable = bySyllable;
        this.rank = rank;
    }

    /** The list bundled with the kiosk, loaded once (about 6,000 characters; the first call takes a moment). */
    public static CommonCharacters shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final CommonCharacters SHARED = load();
    }

    static CommonCharacters load() {
        try (InputStream in = CommonCharacters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the kiosk's jar");
            }
            List<String> order = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.startsWith("#")) {
                        line.strip().codePoints().forEach(cp -> order.add(new String(Character.toChars(cp))));
                    }
                }
            }
            return of(order);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Characters in frequency order, indexed by their readings. */
    static CommonCharacters of(List<String> order) {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        TreeMap<String, List<String>> by = new TreeMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (String c : order) {
            if (rank.putIfAbsent(c, rank.size()) != null || c.length() != 1) {
                continue;
            }
            for (String reading : readings(c.charAt(0), format)) {
                by.computeIfAbsent(reading, k -> new ArrayList<>()).add(c);
            }
        }
        by.replaceAll((k, v) -> List.copyOf(v));
        return new CommonCharacters(by, Map.copyOf(rank));
    }

    private static Set<String> readings(char c, HanyuPinyinOutputFormat format) {
        Set<String> out = new LinkedHashSet<>();
        try {
            String[] raw = PinyinHelper.toHanyuPinyinStringArray(c, format);
            if (raw != null) {
                for (String r : raw) {
                    out.add(r);
                    if (r.indexOf('v') >= 0) {
                        out.add(r.replace('v', 'u')); // many visitors type lu / nu for 绿 / 女
                    }
                }
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * At most {@code max} characters for {@code pinyin}: those reading exactly so first, then those whose
     * reading starts so (the syllable still being typed, or an initial alone), each group most frequent first.
     */
    public List<String> read(String pinyin, int max) {
        if (pinyin == null || pinyin.isEmpty() || max <= 0) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String c : bySyllable.getOrDefault(pinyin, List.of())) {
            if (out.size() >= max) {
                return List.copyOf(out);
            }
            out.add(c);
        }
        // The syllables that start with what was typed, each list's first `max` merged by frequency.
        List<String> longer = new ArrayList<>();
        for (var e : bySyllable.subMap(pinyin, false, pinyin + Character.MAX_VALUE, false).entrySet()) {
            List<String> chars = e.getValue();
            longer.addAll(chars.subList(0, Math.min(max, chars.size())));
        }
        longer.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
        for (String c : longer) {
            if (out.size() >= max) {
                break;
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    /** True when {@code pinyin} is a whole syllable some common character reads. */
    public boolean isSyllable(String pinyin) {
        return bySyllable.containsKey(pinyin);
    }

    public int size() {
        return rank.size();
    }
}
