package cn.xianfeng.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An import in which some rows are bad: nothing was imported, and every bad row is listed (422, with a
 * {@code rows} array of row number, column and localized reason).
 */
public class ImportRejectedException extends XianfengException {

    private final List<RowError> rowErrors;

    public ImportRejectedException(List<RowError> rowErrors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IMPORT_REJECTED, "import.rejected",
                new Object[] { rowErrors.stream().mapToInt(RowError::row).distinct().count() }, List.of());
        this.rowErrors = List.copyOf(rowErrors);
    }

    public List<RowError> rowErrors() {
        return rowErrors;
    }

    /** One reason a row was refused; {@code row} is the spreadsheet's own row number. */
    public record RowError(int row, String column, String messageCode, Object... arguments) {
    }
}
