package cn.xianfeng.scoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.documents.PdfDocuments;
import cn.xianfeng.engine.Explanation;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.SchemeItem;

/**
 * The official forms of the monthly cycle (domain.md §4), in Chinese whatever the user's language:
 * 月份党员量化积分登记表 (a branch's month, member by member and section by section) and 党员季度积分申请表 (a member's
 * quarter, month by month with the entries). Text goes into the sheet as text, never as a formula, whatever it
 * begins with.
 */
@Component
class ScoreForms {

    static final String REGISTER = "月份党员量化积分登记表";
    static final String APPLICATION = "党员季度积分申请表";

    private static final Map<MemberStatus, String> STATUSES = Map.of(MemberStatus.FULL, "正式党员", MemberStatus.PROBATIONARY, "预备党员",
            MemberStatus.ACTIVIST, "入党积极分子");

    private final MemberDirectory members;
    private final MemberScores scores;
    private final MemberSchemes schemes;
    private final Ledger ledger;
    private final OrgGuard guard;
    private final PdfDocuments pdf;
    private final Clock clock;

    ScoreForms(MemberDirectory members, MemberScores scores, MemberSchemes schemes, Ledger ledger, OrgGuard guard, PdfDocuments pdf,
            Clock clock) {
        this.members = members;
        this.scores = scores;
        this.schemes = schemes;
        this.ledger = ledger;
        this.guard = guard;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** One member's line: each section's points for the month, the month's score, what was counted, remarks. */
    record RegisterLine(int number, String name, List<String> sections, String total, String details, String remarks) {
    }

    record Register(String title, String branch, String month, List<String> sectionNames, List<RegisterLine> lines, String note,
            String exportedOn) {
    }

    @Transactional(readOnly = true)
    Register register(UUID branchId, YearMonth month) {
        String branchName = guard.readable(branchId).org().name();
        List<MemberProfile> branch = members.ofBranch(branchId);
        List<RegisterLine> lines = new ArrayList<>();
        List<String> sectionNames = List.of();
        boolean monthly = true;
        Map<UUID, List<Ledger.Entry>> counting = ledger.counting(branch.stream().map(MemberProfile::id).toList(), month.getYear());
        Map<UUID, MemberScores.MemberYear> scored = scores.scoreAll(branch, month.getYear(), counting);
        Map<String, AppliedScheme> schemeOfBranch = new HashMap<>();
        for (MemberProfile member : branch) {
            MemberScores.MemberYear year = scored.get(member.id());
            AppliedScheme scheme = schemeOfBranch.computeIfAbsent(member.branchPath(), path -> schemes.of(member, month.getYear(), "month"));
            sectionNames = scheme.items().stream().map(SchemeItem::sectionName).distinct().toList();
            Optional<Explanation> period = year.explanation().flatten()
                .filter(node -> node.kind() == Explanation.Kind.PERIOD && node.label().equals(month.toString())).findFirst();
            monthly &= period.isPresent() || year.exemptMonths().contains(month.toString());
            Map<String, BigDecimal> bySection = new LinkedHashMap<>();
            List<Ledger.Entry> entries = counting.getOrDefault(member.id(), List.of()).stream().filter(entry -> entry.month().equals(month)).toList();
            Map<String, BigDecimal> entryPoints = new LinkedHashMap<>();
            year.explanation().flatten().filter(node -> node.kind() == Explanation.Kind.ENTRY)
                .forEach(node -> entryPoints.put(node.label(), node.points()));
            if (period.isPresent()) {
                period.get().children().stream().filter(node -> node.kind() == Explanation.Kind.SECTION)
                    .forEach(node -> bySection.put(node.label(), node.points()));
            } else {
                // A scheme that scores the year as a whole: the month's entries as recorded, before the year's caps.
                for (Ledger.Entry entry : entries) {
                    String section = scheme.item(entry.itemCode()).map(SchemeItem::sectionName).orElse("");
                    bySection.merge(section, entryPoints.getOrDefault(entry.id().toString(), BigDecimal.ZERO), BigDecimal::add);
                }
            }
            boolean exempt = year.exemptMonths().contains(month.toString());
            String total = exempt ? "—" : plain(period.map(Explanation::points)
                .orElse(bySection.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
            String details = entries.stream().map(entry -> scheme.item(entry.itemCode()).map(SchemeItem::name).orElse(entry.itemCode())
                    + (entry.quantity().compareTo(BigDecimal.ONE) == 0 ? "" : " × " + plain(entry.quantity()))
                    + " " + signed(entryPoints.getOrDefault(entry.id().toString(), BigDecimal.ZERO)))
                .collect(Collectors.joining("；"));
            List<String> cells = sectionNames.stream().map(name -> exempt ? "—" : plain(bySection.getOrDefault(name, BigDecimal.ZERO))).toList();
            lines.add(new RegisterLine(lines.size() + 1, member.name(), cells, total, details, exempt ? "不参加积分管理" : ""));
        }
        String note = monthly ? "本月得分为按积分方案计算的月度得分（含各栏目封顶、扣分）。"
                : "积分方案按年度计分：本表列本月记录的积分，年度封顶在年终计算。";
        return new Register(REGISTER, branchName, month.getYear() + "年" + month.getMonthValue() + "月", sectionNames, lines, note,
                ChinaCalendar.today(clock).toString());
    }

    byte[] registerXlsx(Register register) {
        int columns = 4 + register.sectionNames().size() + 1;
        return workbook("登记表", sheet -> {
            title(sheet, register.title(), columns);
            sheet.range(1, 0, 1, columns - 1).merge();
            sheet.value(1, 0, "党支部：" + register.branch() + "　　月份：" + register.month());
            List<String> header = new ArrayList<>(List.of("序号", "姓名"));
            header.addAll(register.sectionNames());
            header.addAll(List.of("本月得分", "积分明细", "备注"));
            for (int column = 0; column < header.size(); column++) {
                sheet.value(2, column, header.get(column));
                sheet.width(column, column == header.size() - 2 ? 48 : column == 1 ? 12 : 10);
            }
            int row = 3;
            for (RegisterLine line : register.lines()) {
                List<String> cells = new ArrayList<>(List.of(String.valueOf(line.number()), line.name()));
                cells.addAll(line.sections());
                cells.addAll(List.of(line.total(), line.details(), line.remarks()));
                for (int column = 0; column < cells.size(); column++) {
                    sheet.value(row, column, cells.get(column));
                }
                row++;
            }
            sheet.range(2, 0, row - 1, header.size() - 1).style().borderStyle(BorderStyle.THIN).wrapText(true).verticalAlignment("center").set();
            sheet.range(2, 0, 2, header.size() - 1).style().bold().borderStyle(BorderStyle.THIN).horizontalAlignment("center").set();
            sheet.value(row + 1, 0, register.note());
            sheet.value(row + 2, 0, "记分员：　　　　　　支部书记：　　　　　　导出日期：" + register.exportedOn());
        });
    }

    byte[] registerPdf(Register register) {
        return pdf.renderTemplate("forms/monthly-register", Map.of("form", register));
    }

    record ApplicationMonth(String month, String total, List<String> entries) {
    }

    record Application(String title, String name, String branch, String status, String quarter, List<ApplicationMonth> months,
            String quarterTotal, String exportedOn) {
    }

    /** A member's quarter (Q1–Q4): the member themselves, or anyone reaching their branch. */
    @Transactional(readOnly = true)
    Application application(UUID memberId, int year, int quarter) {
        MemberProfile member = members.readable(memberId);
        List<Ledger.Entry> entries = ledger.counting(member.id(), year);
        MemberScores.MemberYear scored = scores.scoreAll(List.of(member), year, Map.of(member.id(), entries)).get(member.id());
        AppliedScheme scheme = schemes.of(member, year, "quarter");
        Map<String, BigDecimal> entryPoints = new LinkedHashMap<>();
        scored.explanation().flatten().filter(node -> node.kind() == Explanation.Kind.ENTRY).forEach(node -> entryPoints.put(node.label(), node.points()));
        List<ApplicationMonth> months = new ArrayList<>();
        for (int offset = 0; offset < 3; offset++) {
            YearMonth month = YearMonth.of(year, (quarter - 1) * 3 + 1 + offset);
            String total = scored.exemptMonths().contains(month.toString()) ? "不参加积分管理"
                    : scored.periods().stream().filter(period -> period.period().equals(month.toString())).findFirst()
                        .map(period -> plain(period.total())).orElse("—");
            List<String> lines = entries.stream().filter(entry -> entry.month().equals(month))
                .map(entry -> scheme.item(entry.itemCode()).map(SchemeItem::name).orElse(entry.itemCode())
                        + (entry.quantity().compareTo(BigDecimal.ONE) == 0 ? "" : " × " + plain(entry.quantity()))
                        + " " + signed(entryPoints.getOrDefault(entry.id().toString(), BigDecimal.ZERO))
                        + (entry.reason() == null ? "" : "（" + entry.reason() + "）"))
                .toList();
            months.add(new ApplicationMonth(month.getMonthValue() + "月", total, lines));
        }
        // The scheme's own quarter score where it has one; else the mean of the quarter's months scored so far.
        List<BigDecimal> monthTotals = scored.periods().stream()
            .filter(period -> period.period().length() == 7 && (YearMonth.parse(period.period()).getMonthValue() - 1) / 3 + 1 == quarter)
            .map(period -> period.total()).toList();
        String quarterTotal = scored.quarters().stream().filter(period -> period.period().equals(year + "-Q" + quarter)).findFirst()
            .map(period -> plain(period.total()))
            .orElse(monthTotals.isEmpty() ? "—" : plain(monthTotals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(monthTotals.size()), 2, java.math.RoundingMode.HALF_UP)) + "（已计月份平均）");
        return new Application(APPLICATION, member.name(), member.branchName(), STATUSES.get(member.status()), year + "年第" + quarter + "季度",
                months, quarterTotal,
                ChinaCalendar.today(clock).toString());
    }

    byte[] applicationXlsx(Application form) {
        return workbook("申请表", sheet -> {
            title(sheet, form.title(), 3);
            sheet.width(0, 12);
            sheet.width(1, 60);
            sheet.width(2, 14);
            sheet.range(1, 0, 1, 2).merge();
            sheet.value(1, 0, "姓名：" + form.name() + "　　党支部：" + form.branch() + "　　类别：" + form.status() + "　　" + form.quarter());
            sheet.value(2, 0, "月份");
            sheet.value(2, 1, "积分事项");
            sheet.value(2, 2, "月度得分");
            int row = 3;
            for (ApplicationMonth month : form.months()) {
                sheet.value(row, 0, month.month());
                sheet.value(row, 1, String.join("\n", month.entries()));
                sheet.value(row, 2, month.total());
                row++;
            }
            sheet.value(row, 0, "季度积分");
            sheet.range(row, 1, row, 2).merge();
            sheet.value(row, 1, form.quarterTotal());
            sheet.range(2, 0, row, 2).style().borderStyle(BorderStyle.THIN).wrapText(true).verticalAlignment("center").set();
            sheet.value(row + 2, 0, "本人签字：　　　　　　支部审核意见：　　　　　　导出日期：" + form.exportedOn());
        });
    }

    byte[] applicationPdf(Application form) {
        return pdf.renderTemplate("forms/quarterly-application", Map.of("form", form));
    }

    private static byte[] workbook(String sheetName, java.util.function.Consumer<Worksheet> fill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Xianfeng", "1.0");
            fill.accept(workbook.newWorksheet(sheetName));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void title(Worksheet sheet, String title, int columns) {
        sheet.range(0, 0, 0, columns - 1).merge();
        sheet.value(0, 0, title);
        sheet.range(0, 0, 0, columns - 1).style().bold().fontSize(16).horizontalAlignment("center").set();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + plain(value) + "分";
    }
}
