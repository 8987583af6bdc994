package org.hallkiosk.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The sheets of an .xlsx catalogue (Apache POI), by name, in order; date cells as yyyy-MM-dd. */
final class SheetTables {

    /** The workbook could not be read: encrypted, or not a spreadsheet. */
    static final class Unreadable extends Exception {
        final boolean encrypted;

        Unreadable(boolean encrypted, Throwable cause) {
            super(cause);
            this.encrypted = encrypted;
        }
    }

    private SheetTables() {
    }

    static Map<String, Table> read(Path file) throws IOException, Unreadable {
        Map<String, Table> out = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                out.put(ChineseText.clean(sheet.getSheetName()), table(sheet, formatter));
            }
        } catch (EncryptedDocumentException e) {
            throw new Unreadable(true, e);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(false, e);
        }
        return out;
    }

    private static Table table(Sheet sheet, DataFormatter formatter) {
        List<String> header = new ArrayList<>();
        int headerRow = sheet.getFirstRowNum();
        Row first = sheet.getRow(headerRow);
        if (first != null) {
            for (int c = 0; c < first.getLastCellNum(); c++) {
                header.add(ChineseText.clean(text(first.getCell(c), formatter)));
            }
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), text(row.getCell(c), formatter));
            }
            rows.add(new Table.Row(r + 1, cells));
        }
        return new Table(sheet.getSheetName(), header, headerRow + 1, rows);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return formatter.formatCellValue(cell);
    }
}
