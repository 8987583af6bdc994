package org.hallkiosk.ui.search;

/** How the on-screen keyboard types: by writing a character, by pinyin with candidates, or digits. */
public enum InputMode {
    HANDWRITING("handwriting"), PINYIN("pinyin"), DIGITS("digits");

    private final String code;

    InputMode(String code) {
        this.code = code;
    }

    /** For ids ({@code mode-handwriting}) and message keys ({@code ui.keyboard.mode.handwriting}). */
    public String code() {
        return code;
    }
}
