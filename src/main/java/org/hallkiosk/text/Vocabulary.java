package org.hallkiosk.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words a visitor uses mapped to the words official titles use: the built-in veterans-affairs vocabulary
 * ({@code veterans-vocabulary.txt}, its format described at its top) and the publisher's {@code search.synonyms}
 * (two-way groups). Immutable; {@link #with} makes a new one.
 */
public final class Vocabulary {

    /** More alternatives than this for one word only blur what it finds. */
    public static final int MAX_ALTERNATIVES = 8;
    private static final String RESOURCE = "veterans-vocabulary.txt";
    private static volatile Vocabulary builtIn;

    private final Map<String, Set<String>> targets;
    private final int longestKey;

    private Vocabulary(Map<String, Set<String>> targets) {
        this.targets = targets;
        int longest = 0;
        for (String k : targets.keySet()) {
            longest = Math.max(longest, k.length());
        }
        this.longestKey = longest;
    }

    public static Vocabulary builtIn() {
        Vocabulary v = builtIn;
        if (v == null) {
            try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                List<String> lines = new ArrayList<>();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        lines.add(line);
                    }
                }
                v = parse(lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = v;
        }
        return v;
    }

    /** Lines of the vocabulary format: {@code a b => c d} one-way, {@code a = b = c} two-way, # comments. */
    public static Vocabulary parse(List<String> lines) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            int arrow = line.indexOf("=>");
            if (arrow >= 0) {
                List<String> from = words(line.substring(0, arrow));
                List<String> to = words(line.substring(arrow + 2));
                for (String f : from) {
                    for (String t : to) {
                        link(map, f, t);
                    }
                }
            } else {
                twoWay(map, words(line.replace('=', ' ')));
            }
        }
        return new Vocabulary(freeze(map));
    }

    /** This vocabulary and the publisher's two-way groups. */
    public Vocabulary with(List<List<String>> groups) {
        if (groups == null || groups.isEmpty()) {
            return this;
        }
        Map<String, Set<String>> map = new LinkedHashMap<>();
        targets.forEach((k, v) -> map.put(k, new LinkedHashSet<>(v)));
        for (List<String> g : groups) {
            List<String> words = new ArrayList<>();
            for (String w : g) {
                String n = TextNormalizer.foldAndClip(w).replace(" ", "");
                if (!n.isEmpty()) {
                    words.add(n);
                }
            }
            twoWay(map, words);
        }
        return new Vocabulary(freeze(map));
    }

    /**
     * What else a word may be written as: its own alternatives, and the word with a vocabulary word inside it
     * replaced (老兵补贴 → 退役补贴). Never the word itself; at most {@link #MAX_ALTERNATIVES}.
     */
    public List<String> alternatives(String word) {
        Set<String> out = new LinkedHashSet<>(targets.getOrDefault(word, Set.of()));
        if (out.size() < MAX_ALTERNATIVES && word.length() > 2) {
            for (int len = Math.min(longestKey, word.length() - 1); len >= 2; len--) {
                for (int i = 0; i + len <= word.length(); i++) {
                    String key = word.substring(i, i + len);
                    for (String t : targets.getOrDefault(key, Set.of())) {
                        if (t.contains(key)) {
                            continue; // 抚恤 → 抚恤金 inside 抚恤金 would make 抚恤金金
                        }
                        out.add(word.substring(0, i) + t + word.substring(i + len));
                    }
                }
            }
        }
        out.remove(word);
        List<String> list = new ArrayList<>(out);
        return list.size() > MAX_ALTERNATIVES ? List.copyOf(list.subList(0, MAX_ALTERNATIVES)) : List.copyOf(list);
    }

    /** Every word that has alternatives: the segmenter keeps them whole. */
    public Set<String> words() {
        return targets.keySet();
    }

    int longestWord() {
        return longestKey;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static void twoWay(Map<String, Set<String>> map, List<String> group) {
        for (String a : group) {
            for (String b : group) {
                if (!a.equals(b)) {
                    link(map, a, b);
                }
            }
        }
    }

    private static void link(Map<String, Set<String>> map, String from, String to) {
        if (!from.equals(to)) {
            map.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
        }
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return Collections.unmodifiableMap(out);
    }
}
