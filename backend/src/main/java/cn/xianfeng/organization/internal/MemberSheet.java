package cn.xianfeng.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

import cn.xianfeng.organization.Gender;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;

/**
 * The member import spreadsheet: its columns (Chinese headings, as the official forms have them), the
 * template, and reading a filled-in file into raw rows. Checking the rows is {@link MemberImport}'s job.
 */
final class MemberSheet {

    static final String NAME = "姓名";
    static final String GENDER = "性别";
    static final String STATUS = "党员类别";
    static final String POST_TYPE = "在岗情况";
    static final String LEADER_CADRE = "党员领导干部";
    static final String JOINED_ON = "入党日期";
    static final String BRANCH = "所在党支部";
    static final String GROUP = "党小组";
    static final String MOBILE = "手机号码";
    static final String EMAIL = "电子邮箱";
    static final List<String> COLUMNS = List.of(NAME, GENDER, STATUS, POST_TYPE, LEADER_CADRE, JOINED_ON, BRANCH,
            GROUP, MOBILE, EMAIL);

    static final Map<String, Gender> GENDERS = Map.of("男", Gender.MALE, "女", Gender.FEMALE);
    static final Map<String, MemberStatus> STATUSES = Map.of("正式党员", MemberStatus.FULL, "预备党员",
            MemberStatus.PROBATIONARY, "入党积极分子", MemberStatus.ACTIVIST);
    static final Map<String, PostType> POST_TYPES = Map.of("在职", PostType.IN_OFFICE, "无职", PostType.NON_POST,
            "流动", PostType.FLOATING, "离退休", PostType.RETIRED);
    static final Map<String, Boolean> YES_NO = Map.of("是", true, "否", false);

    /** Most rows one file may hold. */
    static final int MAX_ROWS = 20_000;

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private MemberSheet() {
    }

    /** A filled-in row: its spreadsheet row number and each column's text (dates as ISO text). */
    record RawRow(int number, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    static List<RawRow> read(InputStream xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx)) {
            var sheet = workbook.getFirstSheet();
            List<RawRow> rows = new ArrayList<>();
            try (var stream = sheet.openStream()) {
                stream.skip(1).forEach(row -> {
                    RawRow raw = raw(row);
                    if (raw.cells().values().stream().anyMatch(value -> !value.isEmpty())) {
                        rows.add(raw);
                    }
                });
            }
            return rows;
        }
    }

    /** The template: headings, one example row, sensible widths. */
    static void writeTemplate(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Xianfeng", "1.0");
        Worksheet sheet = workbook.newWorksheet("党员");
        List<String> example = List.of("张三", "男", "正式党员", "在职", "否", "2010-07-01", "第一党支部", "第一党小组",
                "13800000000", "zhangsan@example.cn");
        for (int column = 0; column < COLUMNS.size(); column++) {
            sheet.value(0, column, COLUMNS.get(column));
            sheet.style(0, column).bold().fillColor("F5E6E8").set();
            sheet.value(1, column, example.get(column));
            sheet.width(column, column == 6 || column == 9 ? 22 : 14);
        }
        sheet.value(3, 0, "说明：必填列为姓名、党员类别（正式党员/预备党员/入党积极分子）、在岗情况（在职/无职/流动/离退休）、"
                + "所在党支部（名称或组织编码）。正式党员和预备党员须填入党日期。请删除示例行后导入。");
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

    private static RawRow raw(Row row) {
        Map<String, String> cells = new java.util.HashMap<>();
        for (int column = 0; column < COLUMNS.size(); column++) {
            cells.put(COLUMNS.get(column), text(row, column, COLUMNS.get(column).equals(JOINED_ON)));
        }
        return new RawRow(row.getRowNum(), cells);
    }

    /** A cell as text: numbers without exponent or trailing zeros (mobiles), date cells as ISO dates. */
    private static String text(Row row, int column, boolean isDate) {
        Cell cell = row.getOptionalCell(column).orElse(null);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return isDate ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    private static String plain(@Nullable BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
