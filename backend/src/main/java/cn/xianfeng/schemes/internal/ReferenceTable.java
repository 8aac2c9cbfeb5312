package cn.xianfeng.schemes.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import cn.xianfeng.documents.PdfDocuments;
import cn.xianfeng.engine.Scheme.Aggregation;
import cn.xianfeng.engine.Scheme.SectionKind;
import cn.xianfeng.engine.Scheme.VetoEffect;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;
import cn.xianfeng.schemes.RecordedBy;

/**
 * A scheme as the official reference table 党员量化积分制考核参考标准: one row per item with its rule in words,
 * grouped by section, then how the year is reckoned and graded. Chinese, as the paper form is.
 */
@Component
class ReferenceTable {

    static final String TITLE = "党员量化积分制考核参考标准";

    private static final Map<SectionKind, String> KINDS = Map.of(SectionKind.BASE, "基础", SectionKind.DUTY, "履职",
            SectionKind.BONUS, "加分", SectionKind.DEDUCTION, "减分");
    private static final Map<Aggregation, String> AGGREGATIONS = Map.of(
            Aggregation.SUM_YEAR, "全年累计，上限按年度计算",
            Aggregation.MONTHLY_AVERAGE, "每月计分，年度积分为各月积分的平均数",
            Aggregation.QUARTERLY_OF_MONTHLY, "每月计分，季度积分为季内各月平均，年度积分为各季度平均",
            Aggregation.HALF_YEAR, "每半年评定一次，年终总评，以总评积分为准");
    private static final Map<VetoEffect, String> VETOES = Map.of(VetoEffect.ZERO_YEAR, "全年无积分",
            VetoEffect.ZERO_SECTION, "该栏目积分清零", VetoEffect.ZERO_MONTH, "当月积分为0", VetoEffect.FORCE_GRADE, "直接定为最低等次");
    private static final Map<MemberStatus, String> STATUSES = Map.of(MemberStatus.FULL, "正式党员", MemberStatus.PROBATIONARY, "预备党员",
            MemberStatus.ACTIVIST, "入党积极分子");
    private static final Map<PostType, String> POST_TYPES = Map.of(PostType.IN_OFFICE, "在职党员", PostType.NON_POST, "无职党员",
            PostType.FLOATING, "流动党员", PostType.RETIRED, "离退休党员");
    private static final Map<RecordedBy, String> RECORDERS = Map.of(RecordedBy.MEMBER, "本人申报",
            RecordedBy.RECORDER, "记分员记录", RecordedBy.SYSTEM, "按考勤自动记录");

    private final PdfDocuments pdf;

    ReferenceTable(PdfDocuments pdf) {
        this.pdf = pdf;
    }

    Table of(SchemeDocument scheme, String orgName, int year) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> sectionNames = scheme.sections().stream()
            .collect(Collectors.toMap(SchemeDocument.Section::code, SchemeDocument.Section::name));
        for (SchemeDocument.Section section : scheme.sections()) {
            String heading = section.name() + "（" + KINDS.get(section.kind())
                    + (section.cap() == null ? "" : (section.kind() == SectionKind.DEDUCTION ? "，最多扣" : "，最高") + plain(section.cap()) + "分")
                    + (section.startOrDefault() == cn.xianfeng.engine.Scheme.StartMode.START_FULL ? "，满分起扣" : "") + "）";
            for (SchemeDocument.Item item : section.items()) {
                rows.add(new Row(heading, item.name(), rule(item), limits(item),
                        RECORDERS.getOrDefault(item.recordedBy() == null ? RecordedBy.MEMBER : item.recordedBy(), ""),
                        Boolean.TRUE.equals(item.evidenceRequired()) ? "需要" : ""));
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("时间汇总：" + AGGREGATIONS.get(scheme.aggregation()) + "。");
        notes.add("年度总分：" + composition(scheme, sectionNames) + "。");
        if (scheme.composition().evaluationWeight().signum() != 0) {
            notes.add("民主评议：好、一般、差分别按 " + plain(scheme.ballotWeights().good()) + "、" + plain(scheme.ballotWeights().average())
                    + "、" + plain(scheme.ballotWeights().poor()) + " 计，得分 = Σ(票数 × 权重) ÷ 总票数 × 100。");
        }
        for (SchemeDocument.Veto veto : scheme.vetoesOrNone()) {
            String trigger = scheme.sections().stream().flatMap(section -> section.items().stream())
                .filter(item -> item.code().equals(veto.trigger())).map(SchemeDocument.Item::name).findFirst().orElse(veto.trigger());
            notes.add("一票否决：" + trigger + "，" + veto.effects().stream().map(effect -> effect == VetoEffect.ZERO_SECTION
                    ? "“" + sectionNames.getOrDefault(veto.section(), "") + "”" + VETOES.get(effect) : VETOES.get(effect))
                .collect(Collectors.joining("、")) + "。");
        }
        notes.add("等次：" + grades(scheme.grades()) + "。");
        if (scheme.quota() != null && scheme.quota().ratioNumerator() != null) {
            notes.add(scheme.quota().grade() + "名额一般不超过参评党员的 " + scheme.quota().ratioNumerator() + "/"
                    + scheme.quota().ratioDenominator() + (scheme.quota().minScore() == null ? "" : "，且须达到 " + plain(scheme.quota().minScore()) + " 分")
                    + (scheme.quota().topN() == null ? "" : "，且须在本支部排名前 " + scheme.quota().topN() + " 名") + "。");
        }
        return new Table(scheme.name(), orgName, year, rows, notes);
    }

    byte[] xlsx(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Xianfeng", "1.0");
            Worksheet sheet = workbook.newWorksheet("考核参考标准");
            int[] widths = { 26, 40, 30, 20, 14, 10 };
            for (int column = 0; column < widths.length; column++) {
                sheet.width(column, widths[column]);
            }
            sheet.range(0, 0, 0, 5).merge();
            sheet.value(0, 0, TITLE);
            sheet.range(0, 0, 0, 5).style().bold().fontSize(16).horizontalAlignment("center").set();
            sheet.range(1, 0, 1, 5).merge();
            sheet.value(1, 0, table.orgName() + "　" + table.year() + "年度　" + table.schemeName());
            String[] headings = { "类别", "考核内容", "计分标准", "限制", "记录方式", "佐证材料" };
            for (int column = 0; column < headings.length; column++) {
                sheet.value(2, column, headings[column]);
            }
            sheet.range(2, 0, 2, 5).style().bold().fillColor("F5E6E8").set();
            int row = 3;
            for (Row item : table.rows()) {
                sheet.value(row, 0, item.section());
                sheet.value(row, 1, item.item());
                sheet.value(row, 2, item.rule());
                sheet.value(row, 3, item.limits());
                sheet.value(row, 4, item.recordedBy());
                sheet.value(row, 5, item.evidence());
                row++;
            }
            sheet.range(2, 0, row - 1, 5).style().borderStyle(BorderStyle.THIN).wrapText(true).verticalAlignment("center").set();
            row++;
            for (String note : table.notes()) {
                sheet.range(row, 0, row, 5).merge();
                sheet.value(row++, 0, note);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] pdf(Table table) {
        return pdf.renderTemplate("forms/scheme-reference", Map.of("table", table, "title", TITLE));
    }

    /** The rule in the words of the seeds: "每次 1 分", "2 分/小时", "酌情 2 至 5 分", "市级 3 分 / 省级以上 5 分". */
    static String rule(SchemeDocument.Item item) {
        SchemeDocument.Rule rule = item.rule();
        return switch (rule.type()) {
            case FIXED -> signed(rule.points()) + " 分";
            case PER_OCCURRENCE -> "每次 " + signed(rule.points()) + " 分";
            case PER_HOUR -> signed(rule.points()) + " 分/小时";
            case RANGE -> "酌情 " + signed(rule.min()) + " 至 " + signed(rule.max()) + " 分";
            case LEVELS -> rule.levels().stream().map(level -> level.level() + " " + signed(level.points()) + " 分")
                .collect(Collectors.joining(" / "));
        };
    }

    private static String limits(SchemeDocument.Item item) {
        List<String> limits = new ArrayList<>();
        if (item.cap() != null) {
            limits.add("累计不超过 " + plain(item.cap()) + " 分");
        }
        if (item.maxOccurrences() != null) {
            limits.add("最多计 " + item.maxOccurrences() + " 次");
        }
        if (item.highestOnlyGroup() != null) {
            limits.add("同一事项不同级别以最高级别计");
        }
        SchemeDocument.AppliesTo appliesTo = item.appliesTo();
        if (appliesTo != null) {
            List<String> who = new ArrayList<>();
            if (appliesTo.statuses() != null) {
                appliesTo.statuses().forEach(status -> who.add(STATUSES.get(status)));
            }
            if (appliesTo.postTypes() != null) {
                appliesTo.postTypes().forEach(postType -> who.add(POST_TYPES.get(postType)));
            }
            if (Boolean.TRUE.equals(appliesTo.leaderCadresOnly())) {
                who.add("党员领导干部");
            }
            if (!who.isEmpty()) {
                limits.add("仅适用于" + String.join("、", who));
            }
        }
        return String.join("；", limits);
    }

    private static String composition(SchemeDocument scheme, Map<String, String> sectionNames) {
        List<String> parts = new ArrayList<>();
        List<String> weighted = new ArrayList<>();
        for (SchemeDocument.Part part : scheme.composition().parts()) {
            parts.add(plain(part.weight()) + " × " + part.name());
            weighted.addAll(part.sections());
        }
        scheme.sections().stream().filter(section -> !weighted.contains(section.code()))
            .forEach(section -> parts.add(sectionNames.get(section.code())));
        if (scheme.composition().evaluationWeight().signum() != 0) {
            parts.add(plain(scheme.composition().evaluationWeight()) + " × 民主评议");
        }
        return String.join(" + ", parts);
    }

    private static String grades(List<SchemeDocument.GradeBand> bands) {
        List<String> parts = new ArrayList<>();
        for (SchemeDocument.GradeBand band : bands) {
            parts.add(band.min() == null ? band.grade() + "（其余）" : band.grade() + "（" + plain(band.min()) + " 分及以上）");
        }
        return String.join("、", parts);
    }

    private static String signed(@Nullable BigDecimal points) {
        return points == null ? "" : points.signum() < 0 ? "扣 " + plain(points.negate()) : plain(points);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    record Table(String schemeName, String orgName, int year, List<Row> rows, List<String> notes) {
    }

    record Row(String section, String item, String rule, String limits, String recordedBy, String evidence) {
    }
}
