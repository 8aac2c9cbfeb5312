package cn.xianfeng.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Writes test spreadsheets: headings, then rows; all-digit texts become numbers, as Excel types them. */
public final class Xlsx {

    private Xlsx() {
    }

    public static byte[] of(List<String> headings, List<? extends List<?>> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int column = 0; column < headings.size(); column++) {
                sheet.value(0, column, headings.get(column));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int column = 0; column < rows.get(r).size(); column++) {
                    String value = String.valueOf(rows.get(r).get(column));
                    if (value.matches("\\d{1,15}")) {
                        sheet.value(r + 1, column, Long.parseLong(value));
                    }
                    else {
                        sheet.value(r + 1, column, value);
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Every non-empty cell's text of the first sheet, row by row: what a person reading the file sees. */
    public static List<String> texts(byte[] xlsx) {
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getFirstSheet().read()) {
                for (Cell cell : row) {
                    if (cell != null && cell.getText() != null && !cell.getText().isEmpty()) {
                        cells.add(cell.getText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** The formulas in the first sheet: an exported form must have none, whatever its text begins with. */
    public static List<String> formulas(byte[] xlsx) {
        List<String> formulas = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getFirstSheet().read()) {
                for (Cell cell : row) {
                    if (cell != null && cell.getFormula() != null) {
                        formulas.add(cell.getFormula());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return formulas;
    }
}
