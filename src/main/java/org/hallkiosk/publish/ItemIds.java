package org.hallkiosk.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Item ids that stay the same when the same thing is imported again, so a re-import replaces the item:
 * from the 索引号 ({@code .../2024-00131} gives {@code zcwj-2024-00131}), else from the title (the pinyin
 * initials and a short hash of the whole title, {@code bszn-ydzsl-3f2a9c}).
 */
final class ItemIds {

    private static final Pattern INDEX_TAIL = Pattern.compile("(\\d{4})[-_]?(\\d{1,8})\\s*$");
    private static final int MAX_INITIALS = 12;

    private ItemIds() {
    }

    /** The id from a 索引号, or null when it does not end in year-number. */
    static String fromIndexNo(String prefix, String indexNo) {
        Matcher m = INDEX_TAIL.matcher(ChineseText.clean(indexNo));
        return m.find() ? prefix + "-" + m.group(1) + "-" + m.group(2) : null;
    }

    static String fromTitle(String prefix, String title) {
        String t = ChineseText.clean(title);
        StringBuilder initials = new StringBuilder();
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        for (int i = 0; i < t.length() && initials.length() < MAX_INITIALS; i++) {
            char c = t.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                initials.append(Character.toLowerCase(c));
                continue;
            }
            try {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
                if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                    initials.append(readings[0].charAt(0));
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        String slug = initials.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return prefix + "-" + (slug.isEmpty() ? "" : slug + "-") + shortHash(t);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
