package org.hallkiosk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strict UTF-8 check items and manifests pass before Jackson parses their bytes. */
class Utf8Test {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void validTextOfEveryLengthPasses() {
        assertThat(Utf8.firstInvalid("退役军人 ID 优待证 é 𠀀 😀 \u07FF \uFFFD".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(new byte[0])).isEqualTo(-1);
        // the highest code point there is, U+10FFFF, and the last before the surrogates, U+D7FF
        assertThat(Utf8.firstInvalid(bytes(0xF4, 0x8F, 0xBF, 0xBF))).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(bytes(0xED, 0x9F, 0xBF))).isEqualTo(-1);
    }

    @Test
    void whatJavasOwnStrictDecoderRefusesIsRefused() {
        assertThat(Utf8.firstInvalid(bytes('a', 0xC0, 0xAF))).as("overlong /").isEqualTo(1);
        assertThat(Utf8.firstInvalid(bytes(0xE0, 0x80, 0xAF))).as("overlong, three bytes").isZero();
        assertThat(Utf8.firstInvalid(bytes(0xF0, 0x80, 0x80, 0xAF))).as("overlong, four bytes").isZero();
        assertThat(Utf8.firstInvalid(bytes('x', 'y', 0xED, 0xA0, 0x80))).as("a surrogate, U+D800").isEqualTo(2);
        assertThat(Utf8.firstInvalid(bytes(0xF4, 0x90, 0x80, 0x80))).as("past U+10FFFF").isZero();
        assertThat(Utf8.firstInvalid(bytes(0xF5, 0x80, 0x80, 0x80))).as("no such lead byte").isZero();
        assertThat(Utf8.firstInvalid(bytes(0x80))).as("a lone continuation").isZero();
        assertThat(Utf8.firstInvalid(bytes('a', 0xE9, 0x80))).as("cut short at the end").isEqualTo(1);
        assertThat(Utf8.firstInvalid(bytes(0xE9, 'a', 0x80))).as("a continuation missing").isZero();
        assertThat(Utf8.firstInvalid(bytes(0xFF, 0xFE))).as("UTF-16 mark").isZero();
        // Latin-1 é, as a spreadsheet export may write it
        assertThat(Utf8.firstInvalid("{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(14);
    }

    @Test
    void anItemThatIsNotUtf8IsRefusedNamingItsFileAndOneWithANulNamesTheLine() throws Exception {
        byte[] latin1 = "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> FeedJson.parseObject(latin1, "items/a.json"))
                .isInstanceOf(FeedException.class).hasMessageContaining("items/a.json");
        byte[] nul = "{\n\"title\":\n \"a\u0000\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FeedJson.parseObject(nul, "items/b.json"))
                .isInstanceOf(FeedException.class).hasMessageContaining("items/b.json").hasMessageContaining("3");
        assertThat(FeedJson.parseObject("{\"title\": \"优待证\"}".getBytes(StandardCharsets.UTF_8), "items/c.json")
                .get("title").asText()).isEqualTo("优待证");
    }
}
