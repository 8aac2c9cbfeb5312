package cn.xianfeng.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Import spreadsheets: a heading row, then one record per row, read as text by column heading. */
final class Spreadsheet {

    /** Most rows one file may hold. */
    static final int MAX_ROWS = 20_000;

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private Spreadsheet() {
    }

    /** A filled-in row: its spreadsheet row number and each column's text (dates as ISO text). */
    record Line(int number, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** The non-empty rows after the heading; {@code dateColumns} are read as dates where Excel typed them so. */
    static List<Line> read(InputStream xlsx, List<String> columns, Set<String> dateColumns) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx)) {
            List<Line> lines = new ArrayList<>();
            try (var rows = workbook.getFirstSheet().openStream()) {
                rows.skip(1).forEach(row -> {
                    Map<String, String> cells = new HashMap<>();
                    for (int column = 0; column < columns.size(); column++) {
                        cells.put(columns.get(column), text(row, column, dateColumns.contains(columns.get(column))));
                    }
                    if (cells.values().stream().anyMatch(value -> !value.isEmpty())) {
                        lines.add(new Line(row.getRowNum(), cells));
                    }
                });
            }
            return lines;
        }
    }

    /** A template: bold headings, one example row, and a note below. */
    static void writeTemplate(OutputStream out, String sheetName, List<String> columns, List<String> example,
            String note) throws IOException {
        Workbook workbook = new Workbook(out, "Xianfeng", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int column = 0; column < columns.size(); column++) {
            sheet.value(0, column, columns.get(column));
            sheet.style(0, column).bold().fillColor("F5E6E8").set();
            sheet.value(1, column, example.get(column));
            sheet.width(column, Math.max(12, example.get(column).length() * 2 + 4));
        }
        sheet.value(3, 0, note);
        workbook.finish();
    }

    static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            }
            catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    /** A cell as text: numbers without exponent or trailing zeros (mobiles, codes), date cells as ISO dates. */
    private static String text(Row row, int column, boolean isDate) {
        Cell cell = row.getOptionalCell(column).orElse(null);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDate) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal number = cell.asNumber();
            return number == null ? "" : number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }
}
