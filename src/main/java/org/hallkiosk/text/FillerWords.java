package org.hallkiosk.text;

import java.util.Set;

/** Question and filler words: they say how a visitor asks, not what about, so search drops them. */
final class FillerWords {

    private static final Set<String> WORDS = Set.of(
            "怎么办", "怎么领", "怎么样", "怎么", "怎样", "如何", "在哪", "在哪里", "在哪儿", "哪里", "哪儿", "去哪",
            "去哪里", "哪", "多少", "多少钱", "几块", "什么时候", "什么", "有什么", "有没有", "能不能", "可不可以",
            "可以", "能否", "是否", "吗", "呢", "吧", "啊", "呀", "嘛", "请问", "问", "问一下", "一下", "我", "我是",
            "我的", "我们", "你", "您", "你们", "的", "了", "是", "有", "要", "想", "能", "会", "在", "去", "找",
            "给", "帮", "帮我", "和", "与", "及", "或", "个", "些", "都", "也", "还", "就", "该", "应该", "需要",
            "谁", "这", "那", "这个", "那个", "领", "办", "查", "查询", "看", "拿", "得", "地", "着", "过",
            "坐", "乘", "钱", "用", "带", "要带", "作用", "咋", "咋办", "咋领", "吗?", "多久", "几天", "哪些", "一些", "相关", "关于", "有关", "啥");

    private FillerWords() {
    }

    static boolean isFiller(String word) {
        return WORDS.contains(word);
    }
}
