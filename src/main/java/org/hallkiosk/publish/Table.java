package org.hallkiosk.publish;

import java.util.List;
import java.util.Map;

/** One sheet of a catalogue: its header and its rows, each with its row number as the spreadsheet shows it. */
record Table(String name, List<String> header, int headerRow, List<Row> rows) {

    record Row(int number, Map<String, String> cells) {

        String get(String column) {
            return ChineseText.clean(cells.get(column));
        }

        boolean isBlank() {
            return cells.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }
}
