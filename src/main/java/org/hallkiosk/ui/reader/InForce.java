package org.hallkiosk.ui.reader;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.Validity;

/**
 * Which document is in force in place of a repealed, expired or amended policy. Only the policy's own
 * {@code related} items are considered, and only policies in force published after it; of those:
 * <ol>
 * <li>the one whose text names this policy, by its 文号 or by 《its title》 (the title may leave out the
 * issuer, as citations do): the newer document says itself "《…》同时废止" — the publisher's own word;</li>
 * <li>else the one of the same title family: the titles are equal once years and marks such as （示例）
 * and （试行） are left out (the 2023 and 2024 standards of the same notice).</li>
 * </ol>
 * None when neither holds: a wrong link is worse than none.
 */
public final class InForce {

    private static final Pattern CITED = Pattern.compile("《([^《》]{4,})》");
    private static final Pattern MARKS = Pattern.compile("（(示例|试行|暂行|征求意见稿)[^）]*）|\\(示例\\)");
    private static final Pattern YEARS = Pattern.compile("(19|20)\\d\\d年?(度)?");

    private InForce() {
    }

    public static Optional<Item> of(Item old, List<Item> related) {
        if (old.policy() == null || old.policy().validity() == null || old.policy().validity() == Validity.EFFECTIVE) {
            return Optional.empty();
        }
        List<Item> candidates = related.stream()
                .filter(i -> i.policy() != null && i.policy().validity() == Validity.EFFECTIVE)
                .filter(i -> old.publishedAt() == null || i.publishedAt() == null
                        || !i.publishedAt().isBefore(old.publishedAt()))
                .toList();
        Optional<Item> naming = candidates.stream().filter(i -> names(i, old)).findFirst();
        if (naming.isPresent()) {
            return naming;
        }
        String family = family(old.title());
        return candidates.stream().filter(i -> family(i.title()).equals(family)).findFirst();
    }

    /** Whether {@code newer}'s text names {@code old} by its 文号 or its title. */
    static boolean names(Item newer, Item old) {
        String text = (newer.body() == null ? "" : newer.body()) + "\n" + String.join(" ", newer.keywords());
        String docNo = old.policy().docNo();
        if (docNo != null && !docNo.isBlank() && text.contains(docNo)) {
            return true;
        }
        String title = plain(old.title());
        Matcher m = CITED.matcher(text);
        while (m.find()) {
            String cited = plain(m.group(1));
            if (cited.length() >= 6 && title.endsWith(cited)) {
                return true;
            }
        }
        return false;
    }

    /** A title without marks such as （示例） and without spaces. */
    static String plain(String title) {
        return MARKS.matcher(title).replaceAll("").replaceAll("\\s+", "");
    }

    /** A title without marks and years: what the 2023 and 2024 editions of one notice share. */
    static String family(String title) {
        return YEARS.matcher(plain(title)).replaceAll("");
    }
}
