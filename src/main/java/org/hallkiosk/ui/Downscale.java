package org.hallkiosk.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Makes a screen's snapshot smaller for a contact sheet or a review page. Halves in steps, then scales the
 * rest: one bilinear step from 1920 to 480 pixels would skip most pixels and break thin strokes of 汉字.
 */
public final class Downscale {

    private Downscale() {
    }

    /** {@code image} at {@code width} pixels wide, keeping its proportions; never larger than it is. */
    public static BufferedImage toWidth(BufferedImage image, int width) {
        if (width >= image.getWidth()) {
            return image;
        }
        int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width) {
            current = scaled(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
        }
        return current.getWidth() == width ? current : scaled(current, width, height);
    }

    private static BufferedImage scaled(BufferedImage from, int w, int h) {
        BufferedImage to = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = to.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(from, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return to;
    }
}
