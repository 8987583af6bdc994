package org.hallkiosk.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue saved as CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks), UTF-8 with or
 * without the byte-order mark Excel writes; a file that is not UTF-8 is read as GB18030, as Excel in China
 * saves "CSV" by default. Row numbers are the spreadsheet's, counting the lines a quoted cell spans.
 */
final class CsvTable {

    private CsvTable() {
    }

    static Table read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, PlatformPage.textCharset(bytes));
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                current.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                current.add(cell.toString());
                cell.setLength(0);
                records.add(current);
                lineNumbers.add(recordLine);
                current = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !current.isEmpty()) {
            current.add(cell.toString());
            records.add(current);
            lineNumbers.add(recordLine);
        }
        List<String> header = records.isEmpty() ? List.of()
                : records.get(0).stream().map(ChineseText::clean).toList();
        List<Table.Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            Map<String, String> cells = new LinkedHashMap<>();
            List<String> rec = records.get(r);
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), c < rec.size() ? rec.get(c) : "");
            }
            rows.add(new Table.Row(lineNumbers.get(r), cells));
        }
        return new Table(file.getFileName().toString(), header, 1, rows);
    }
}
