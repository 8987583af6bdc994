package org.hallkiosk.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.hallkiosk.feed.FeedDates;
import org.hallkiosk.feed.FeedJson;

/**
 * A Word .docx (Apache POI): its text as CommonMark (Word headings and 一、 / （一） lines as headings, Word's
 * numbered and bulleted paragraphs as lists, tables as lists of rows), the first paragraph as the title.
 * An encrypted file or one that is not a .docx is refused, naming the file.
 */
final class WordFile {

    /** The title (the first paragraph) and the CommonMark of the rest. */
    record Read(String title, String markdown, LocalDate created) {
    }

    private WordFile() {
    }

    /** A .docx given alone becomes a notice (or an item of --column), titled by its first paragraph. */
    static Draft read(Path file, String column, Problems problems) throws IOException {
        Read read = body(file, problems, 0, "file");
        if (read == null) {
            return null;
        }
        String col = column == null ? "tzgg" : column;
        String prefix = col.equals("zcwj") || col.equals("zcjd") || col.equals("bszn") || col.equals("tzgg")
                ? col : "tzgg";
        String type = switch (col) {
            case "zcwj" -> "policy";
            case "zcjd" -> "interpretation";
            case "bszn" -> "guide";
            default -> "notice";
        };
        String title = read.title().isEmpty()
                ? file.getFileName().toString().replaceFirst("(?i)\\.docx$", "") : read.title();
        ObjectNode item = FeedJson.MAPPER.createObjectNode();
        item.put("id", ItemIds.fromTitle(prefix, title));
        item.put("type", type);
        item.put("title", title);
        item.putArray("columns").add(col);
        item.put("body", read.markdown());
        LocalDate day = read.created() != null ? read.created()
                : LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), FeedDates.CHINA);
        item.put("published_at", Dates.start(day));
        item.put("updated_at", Dates.start(day));
        return new Draft(item, problems.file(), 1);
    }

    /** The document's text, or null with a problem at {@code row/field} when it cannot be read. */
    static Read body(Path file, Problems problems, int row, String field) throws IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2) {
            // An encrypted .docx is an OLE2 container; so is an old .doc renamed.
            problems.error(row, field, "import.docxEncrypted", file.getFileName().toString());
            return null;
        }
        if (magic != FileMagic.OOXML) {
            problems.error(row, field, "import.docxCorrupt", file.getFileName().toString());
            return null;
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            return convert(doc);
        } catch (IOException | RuntimeException e) {
            problems.error(row, field, "import.docxCorrupt", file.getFileName().toString());
            return null;
        }
    }

    private static Read convert(XWPFDocument doc) {
        BodyText body = new BodyText();
        String title = "";
        int numbered = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                String text = ChineseText.clean(p.getText());
                if (text.isEmpty()) {
                    continue;
                }
                if (title.isEmpty()) {
                    title = ChineseText.fullWidthPunctuation(text);
                    continue;
                }
                int level = headingLevel(doc, p);
                if (level > 0) {
                    body.heading(Math.min(level + 1, 4), ChineseText.fullWidthPunctuation(text));
                    numbered = 0;
                } else if (p.getNumID() != null) {
                    String format = p.getNumFmt();
                    if (format != null && !format.equals("bullet")) {
                        body.numbered(++numbered, ChineseText.fullWidthPunctuation(text));
                    } else {
                        body.bullet(ChineseText.fullWidthPunctuation(text));
                    }
                } else {
                    numbered = 0;
                    body.line(text);
                }
            } else if (element instanceof XWPFTable table) {
                body.breakList();
                List<String> header = null;
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cells.add(ChineseText.fullWidthPunctuation(ChineseText.clean(cell.getText())));
                    }
                    if (header == null) {
                        header = cells;
                    } else {
                        body.tableRow(header, cells);
                    }
                }
                body.breakList();
                numbered = 0;
            }
        }
        Date created = doc.getProperties().getCoreProperties().getCreated();
        return new Read(title, body.markdown(),
                created == null ? null : LocalDate.ofInstant(created.toInstant(), ZoneId.of("Asia/Shanghai")));
    }

    /** 1 for Word's 标题 1 / Heading 1, 2 for Heading 2 ..., 0 for a body paragraph. */
    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String styleId = p.getStyleID();
        if (styleId == null) {
            return 0;
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
        String name = (style != null && style.getName() != null ? style.getName() : styleId)
                .toLowerCase(Locale.ROOT).replace(" ", "");
        if (name.matches("(heading|标题)[1-6]")) {
            return name.charAt(name.length() - 1) - '0';
        }
        return 0;
    }
}
