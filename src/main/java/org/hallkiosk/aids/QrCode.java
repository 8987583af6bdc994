package org.hallkiosk.aids;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import org.hallkiosk.content.Item;

/**
 * The QR code of an item's {@code url}, which takes the item to a visitor's phone. Kept as its grid of modules,
 * so the screen and the printed page each draw it at their own resolution with whole pixels per module (a
 * module split across pixels blurs and scans worse).
 *
 * <p>Size: a phone scans a code reliably from about ten times its width, so from 40 cm the code must be
 * about 40 mm wide. Item urls give version 3 to 5 codes (29 to 37 modules), so a module must be at least
 * 40 mm / 37 ≈ 1.1 mm, and never under 0.8 mm whatever the version. On a 21.5" 1920×1080 kiosk (0.248 mm a
 * pixel) that is 5 pixels a module; {@link #modulePixelsFor} works it out for any screen.
 */
public final class QrCode {

    /** The white border around the code, in modules; the QR standard asks for four. */
    public static final int QUIET_ZONE = 4;
    /** Never smaller than this, even for a small code. */
    public static final double MIN_MODULE_MM = 0.8;
    /** The width a code needs to be scanned from 40 cm. */
    public static final double MIN_CODE_MM = 40.0;
    /** A 21.5" 1920×1080 panel, the common kiosk screen; a screen's own pitch is 25.4 / its true dpi. */
    public static final double TYPICAL_KIOSK_PIXEL_PITCH_MM = 0.248;

    private final String url;
    private final ByteMatrix modules;

    private QrCode(String url, ByteMatrix modules) {
        this.url = url;
        this.modules = modules;
    }

    /** The item's code; empty when it has no url (then the screen shows no QR button). */
    public static Optional<QrCode> forItem(Item item) {
        if (item.url() == null || item.url().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(of(item.url().strip()));
    }

    /** Level M (15% recoverable) keeps the code small yet survives a smudged screen or a folded paper. */
    public static QrCode of(String url) {
        try {
            var code = Encoder.encode(url, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            return new QrCode(url, code.getMatrix());
        } catch (WriterException e) {
            // only for texts longer than a QR code can hold, which no feed url is
            throw new IllegalArgumentException("cannot encode as QR: " + url, e);
        }
    }

    public String url() {
        return url;
    }

    /** Modules along one side, without the quiet zone. */
    public int modules() {
        return modules.getWidth();
    }

    /** Modules along one side with the quiet zone on both sides. */
    public int modulesWithQuietZone() {
        return modules() + 2 * QUIET_ZONE;
    }

    public boolean isDark(int x, int y) {
        return modules.get(x, y) == 1;
    }

    /** Whole pixels a module needs on a display with {@code pixelPitchMm} for this code to scan from 40 cm. */
    public int modulePixelsFor(double pixelPitchMm) {
        double moduleMm = Math.max(MIN_MODULE_MM, MIN_CODE_MM / modules());
        return (int) Math.ceil(moduleMm / pixelPitchMm - 1e-9);
    }

    /** The code as a black-on-white image, quiet zone included, {@code modulePixels} pixels a module. */
    public BufferedImage image(int modulePixels) {
        if (modulePixels < 1) {
            throw new IllegalArgumentException("modulePixels must be at least 1");
        }
        int side = modulesWithQuietZone() * modulePixels;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            draw(g, 0, 0, modulePixels);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Draws the code, quiet zone included, with its top-left corner at (x, y). */
    public void draw(Graphics2D g, double x, double y, double moduleSize) {
        double side = modulesWithQuietZone() * moduleSize;
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x, y, side, side));
        g.setColor(Color.BLACK);
        for (int my = 0; my < modules(); my++) {
            for (int mx = 0; mx < modules(); mx++) {
                if (isDark(mx, my)) {
                    g.fill(new Rectangle2D.Double(x + (mx + QUIET_ZONE) * moduleSize, y + (my + QUIET_ZONE) * moduleSize,
                            moduleSize, moduleSize));
                }
            }
        }
    }
}
