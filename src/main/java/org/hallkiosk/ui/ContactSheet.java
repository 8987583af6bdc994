package org.hallkiosk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.NodeList;

/**
 * One PNG with many screens, each small with its caption under it, for an administrator to see at a glance.
 * The PNG carries where each screen sits and its caption as text ({@value #CELLS_KEY}), so a test or a
 * script can find the cells without guessing from pixels.
 */
public final class ContactSheet {

    /** The PNG text entry (iTXt, UTF-8) listing the cells, one a line: {@code x,y,width,height<TAB>caption}. */
    public static final String CELLS_KEY = "hallkiosk.cells";
    /** The sheet's background, between and around the cells. */
    public static final int BACKGROUND = 0xdfe3e8;
    /** A screen's longer side on the sheet, in pixels: its layout is clear, its large text still readable. */
    static final int CELL_LONG_SIDE = 720;
    /** Font, colours and spacing of the sheet; its background is {@link #BACKGROUND}. */
    private static final String STYLESHEET = ContactSheet.class.getResource("contact-sheet.css").toExternalForm();

    /** A small screen for the sheet, at its row and column. */
    public record Shot(int row, int column, String caption, BufferedImage image) {
    }

    /** Where a screen sits on the written sheet, in its pixels, and its caption. */
    public record Cell(int x, int y, int width, int height, String caption) {
    }

    private ContactSheet() {
    }

    /** How much a screen of this size is scaled for the sheet. */
    public static double scale(int width, int height) {
        return Math.min(1.0, (double) CELL_LONG_SIDE / Math.max(width, height));
    }

    /**
     * Lays the shots out under {@code title} and writes the PNG with its cell listing. On the FX thread
     * (JavaFX draws the captions in the kiosk's own CJK font).
     */
    public static List<Cell> write(String title, List<Shot> shots, Path out) throws IOException {
        VBox sheet = new VBox();
        sheet.getStylesheets().add(STYLESHEET);
        sheet.getStyleClass().add("contact-sheet");
        Label heading = new Label(title);
        heading.getStyleClass().add("sheet-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("sheet-grid");
        List<ImageView> views = new ArrayList<>();
        for (Shot shot : shots) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(shot.image(), null));
            Label caption = new Label(shot.caption());
            caption.setMaxWidth(shot.image().getWidth());
            caption.setWrapText(true); // a portrait screen's cell is narrow: two lines, not a cut caption
            VBox cell = new VBox(view, caption);
            cell.getStyleClass().add("sheet-cell");
            grid.add(cell, shot.column(), shot.row());
            views.add(view);
        }
        sheet.getChildren().addAll(heading, grid);
        new Scene(sheet); // CSS and layout need a scene; no window is shown
        sheet.applyCss();
        sheet.layout();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.rgb(BACKGROUND >> 16, (BACKGROUND >> 8) & 0xff, BACKGROUND & 0xff));
        WritableImage image = sheet.snapshot(params, null);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < shots.size(); i++) {
            Bounds b = views.get(i).localToScene(views.get(i).getLayoutBounds());
            cells.add(new Cell((int) Math.round(b.getMinX()), (int) Math.round(b.getMinY()),
                    (int) Math.round(b.getWidth()), (int) Math.round(b.getHeight()), shots.get(i).caption()));
        }
        writePng(SwingFXUtils.fromFXImage(image, null), cells, out);
        return cells;
    }

    private static void writePng(BufferedImage image, List<Cell> cells, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.deleteIfExists(out); // the file stream writes over a longer old file without shortening it
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", CELLS_KEY);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", listing(cells));
            itxt.appendChild(entry);
            root.appendChild(itxt);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    static String listing(List<Cell> cells) {
        StringBuilder s = new StringBuilder();
        for (Cell c : cells) {
            s.append(c.x()).append(',').append(c.y()).append(',').append(c.width()).append(',').append(c.height())
                    .append('\t').append(c.caption()).append('\n');
        }
        return s.toString();
    }

    /** The cells a contact sheet lists, read back from its PNG; empty when it lists none. */
    public static List<Cell> cells(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
                NodeList entries = root.getElementsByTagName("iTXtEntry");
                for (int i = 0; i < entries.getLength(); i++) {
                    IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
                    if (CELLS_KEY.equals(e.getAttribute("keyword"))) {
                        return parse(e.getAttribute("text"));
                    }
                }
                return List.of();
            } finally {
                reader.dispose();
            }
        }
    }

    private static List<Cell> parse(String listing) {
        List<Cell> cells = new ArrayList<>();
        for (String line : listing.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            String[] r = parts[0].split(",");
            cells.add(new Cell(Integer.parseInt(r[0]), Integer.parseInt(r[1]), Integer.parseInt(r[2]),
                    Integer.parseInt(r[3]), parts.length > 1 ? parts[1] : ""));
        }
        return cells;
    }
}
