package org.hallkiosk.publish;

/** 有效性 as a catalogue writes it, to the feed's validity code. */
final class Validities {

    private Validities() {
    }

    /** The code for 有效 / 已修订 / 失效 / 废止 (or the code itself), or null. */
    static String code(String text) {
        return switch (ChineseText.clean(text)) {
            case "有效", "现行有效", "effective" -> "effective";
            case "已修订", "已修改", "amended" -> "amended";
            case "失效", "已失效", "expired" -> "expired";
            case "废止", "已废止", "repealed" -> "repealed";
            default -> null;
        };
    }
}
