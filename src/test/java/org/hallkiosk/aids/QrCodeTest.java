package org.hallkiosk.aids;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hallkiosk.content.Item;
import org.hallkiosk.content.ItemType;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    static final String URL = "https://hall-kiosk.example.com/sample/bszn-ydz-sl.html";

    static String decode(BufferedImage image) throws Exception {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    static Item notice(String url) {
        OffsetDateTime t = OffsetDateTime.parse("2024-06-18T09:30:00+08:00");
        return new Item("tzgg-1", ItemType.NOTICE, "通知", List.of("tzgg"), null, "正文。", t, t, url, null, null, null,
                null, null, null);
    }

    @Test
    void theCodeOfAnItemsUrlDecodesBackToTheUrl() throws Exception {
        QrCode code = QrCode.forItem(notice(URL)).orElseThrow();
        BufferedImage image = code.image(5);

        assertThat(decode(image)).isEqualTo(URL);
        assertThat(image.getWidth()).isEqualTo(code.modulesWithQuietZone() * 5);
        // the quiet zone is white all round
        for (int i = 0; i < image.getWidth(); i++) {
            assertThat(image.getRGB(i, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(image.getRGB(0, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(image.getRGB(i, image.getHeight() - 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }
    }

    @Test
    void aUrlWithChineseAndQueryDecodesToo() throws Exception {
        String url = "https://hall-kiosk.example.com/搜索?q=优待证&page=2";
        assertThat(decode(QrCode.of(url).image(4))).isEqualTo(url);
    }

    @Test
    void anItemWithoutUrlHasNoCode() {
        assertThat(QrCode.forItem(notice(null))).isEmpty();
        assertThat(QrCode.forItem(notice("  "))).isEmpty();
    }

    @Test
    void modulesAreLargeEnoughToScanFrom40Centimetres() {
        QrCode code = QrCode.of(URL);
        double pitch = QrCode.TYPICAL_KIOSK_PIXEL_PITCH_MM;
        int px = code.modulePixelsFor(pitch);
        System.out.printf("QR of %s: %d modules, %d px a module at %.3f mm/px, %.1f mm wide%n", URL, code.modules(), px,
                pitch, code.modules() * px * pitch);
        assertThat(px * pitch).isGreaterThanOrEqualTo(QrCode.MIN_MODULE_MM);
        assertThat(code.modules() * px * pitch).isGreaterThanOrEqualTo(QrCode.MIN_CODE_MM);
        // a denser screen needs more pixels for the same millimetres
        assertThat(code.modulePixelsFor(0.1)).isGreaterThan(px);
    }
}
