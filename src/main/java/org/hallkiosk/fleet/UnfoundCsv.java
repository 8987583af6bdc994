package org.hallkiosk.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The city's unfound searches as the CSV that {@code publish --suggest-hints} reads (the {@code stats --csv}
 * columns: kind,item_id,column_id,query,count), one {@code search_miss} line a query.
 */
public final class UnfoundCsv {

    public static final String HEADER = "kind,item_id,column_id,query,count";

    private UnfoundCsv() {
    }

    public static String text(List<FleetView.CityUnfound> unfound) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (FleetView.CityUnfound u : unfound) {
            s.append("search_miss,,,").append(cell(u.query())).append(',').append(u.count()).append('\n');
        }
        return s.toString();
    }

    public static void write(Path file, List<FleetView.CityUnfound> unfound) throws IOException {
        Files.writeString(file, text(unfound), StandardCharsets.UTF_8);
    }

    /** RFC 4180: quote a cell that holds a comma, a quote or a line break. */
    static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
