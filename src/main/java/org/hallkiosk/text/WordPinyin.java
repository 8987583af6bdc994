package org.hallkiosk.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;

/**
 * How a text sounds, word by word (HanLP reads 重庆 chongqing and 长大 zhangda from the words around a
 * character), and the fuzzy form a typo-tolerant match compares: initials and finals that many speakers
 * do not tell apart folded together (zh/z, ch/c, sh/s, n/l, ang/an, eng/en, ing/in).
 */
public final class WordPinyin {

    private WordPinyin() {
    }

    /** Toneless pinyin of the hanzi, letters and digits kept, everything else dropped; ü as v. */
    public static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 4);
        List<Pinyin> list = HanLP.convertToPinyinList(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Pinyin p = i < list.size() ? list.get(i) : Pinyin.none5;
            if (Character.isIdeographic(c) && p != Pinyin.none5) {
                sb.append(p.getPinyinWithoutTone().replace('ü', 'v'));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** The fuzzy form of a pinyin string; apply it to both sides of a comparison. */
    public static String fuzzy(String pinyin) {
        StringBuilder sb = new StringBuilder(pinyin.length());
        for (int i = 0; i < pinyin.length(); i++) {
            char c = pinyin.charAt(i);
            char next = i + 1 < pinyin.length() ? pinyin.charAt(i + 1) : 0;
            if ((c == 'z' || c == 'c' || c == 's') && next == 'h') {
                sb.append(c);
                i++;
            } else if ((c == 'a' || c == 'e' || c == 'i') && next == 'n' && i + 2 < pinyin.length()
                    && pinyin.charAt(i + 2) == 'g') {
                sb.append(c).append('n');
                i += 2;
            } else if (c == 'l') {
                sb.append('n');
            } else if (c == 'v') {
                sb.append('u');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
