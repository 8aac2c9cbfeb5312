package cn.xianfeng.organization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.documents.PdfDocuments;
import cn.xianfeng.organization.ExemptionChanged.Step;
import cn.xianfeng.organization.ExemptionReason;
import cn.xianfeng.organization.ExemptionStatus;
import cn.xianfeng.organization.Gender;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;
import cn.xianfeng.tenancy.TenantContext;

/**
 * The approval form 不参加积分管理党员审批表 (seed 001, annex 3) of one application, as xlsx and as PDF. The
 * form is official paper, so it is in Chinese whatever the user's language; opinions not yet given stay blank
 * for the signatures.
 */
@Component
class ExemptionForms {

    static final String TITLE = "不参加积分管理党员审批表";

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINA);

    private static final Map<ExemptionReason, String> REASONS = Map.of(
            ExemptionReason.RECENTLY_JOINED, "入党或转入本支部不满6个月",
            ExemptionReason.ELDERLY_OR_ILL, "年老体弱、长期患病等无法参加",
            ExemptionReason.LONG_ABSENT_FLOATING, "长期外出的流动党员",
            ExemptionReason.OTHER, "其他特殊情况");

    private static final Map<ExemptionStatus, String> STATUSES = Map.of(
            ExemptionStatus.AWAITING_COMMITTEE_REVIEW, "待支委会审核",
            ExemptionStatus.AWAITING_MEETING_APPROVAL, "待党员大会通过",
            ExemptionStatus.AWAITING_PUBLICITY, "待公示",
            ExemptionStatus.IN_PUBLICITY, "公示中",
            ExemptionStatus.AWAITING_UPPER_APPROVAL, "待上级党组织审批",
            ExemptionStatus.APPROVED, "已批准",
            ExemptionStatus.REJECTED, "未通过",
            ExemptionStatus.WITHDRAWN, "已撤回");

    private static final Map<MemberStatus, String> MEMBER_STATUSES = Map.of(
            MemberStatus.FULL, "正式党员", MemberStatus.PROBATIONARY, "预备党员", MemberStatus.ACTIVIST, "入党积极分子");

    private static final Map<PostType, String> POST_TYPES = Map.of(
            PostType.IN_OFFICE, "在职", PostType.NON_POST, "无职", PostType.FLOATING, "流动", PostType.RETIRED, "离退休");

    private final ExemptionWorkflow workflow;
    private final ExemptionQueries exemptions;
    private final MemberQueries members;
    private final OrgAccess access;
    private final JdbcClient jdbc;
    private final PdfDocuments pdf;
    private final Clock clock;

    ExemptionForms(ExemptionWorkflow workflow, ExemptionQueries exemptions, MemberQueries members, OrgAccess access,
            JdbcClient jdbc, PdfDocuments pdf, Clock clock) {
        this.workflow = workflow;
        this.exemptions = exemptions;
        this.members = members;
        this.access = access;
        this.jdbc = jdbc;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The filled-in form of an application the caller can see; 404 otherwise. */
    @Transactional(readOnly = true)
    Form form(UUID id) {
        workflow.visible(id, access.reach());
        ExemptionQueries.ExemptionView exemption = exemptions.exemption(id).orElseThrow();
        MemberView member = members.member(exemption.memberId()).orElseThrow();
        List<ExemptionQueries.ExemptionStepView> steps = exemptions.steps(id);
        List<String> chain = jdbc.sql("""
                select a.name from orgs a join orgs b on b.tenant_id = a.tenant_id and a.path @> b.path
                where b.tenant_id = ? and b.id = ? order by nlevel(a.path)""")
            .params(TenantContext.tenantId().orElseThrow(), exemption.branchId()).query(String.class).list();
        Optional<ExemptionQueries.ExemptionStepView> publicity = last(steps, Step.PUBLICITY_CLOSED);
        String publicityText = exemption.publicityFrom() == null ? ""
                : "%s至%s公示，%s".formatted(date(exemption.publicityFrom()), date(exemption.publicityTo()),
                        publicity.map(step -> Boolean.TRUE.equals(step.approved()) ? "无异议" + suffix(step.note())
                                : "有异议：" + step.note()).orElse("公示中"));
        return new Form(chain.getFirst(), member.name(),
                member.gender() == null ? "" : member.gender() == Gender.MALE ? "男" : "女",
                member.joinedOn() == null ? "" : date(member.joinedOn()),
                MEMBER_STATUSES.get(member.status()), POST_TYPES.get(member.postType()),
                String.join(" ", chain.size() > 1 ? chain.subList(1, chain.size()) : chain),
                REASONS.get(exemption.reason()) + suffix(exemption.details()),
                date(exemption.effectiveFrom()) + "至" + (exemption.effectiveTo() == null ? "终止之日" : date(exemption.effectiveTo())),
                date(exemption.appliedOn()),
                opinion(last(steps, Step.COMMITTEE_REVIEW)), opinion(last(steps, Step.MEETING_APPROVAL)), publicityText,
                exemption.upperApprovalRequired() ? opinion(last(steps, Step.UPPER_APPROVAL))
                        : new Opinion("本单位规定无需上级党组织审批", ""),
                STATUSES.get(exemption.status()), date(ChinaCalendar.today(clock)));
    }

    byte[] xlsx(Form form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Xianfeng", "1.0");
            Worksheet sheet = workbook.newWorksheet("审批表");
            for (int column = 0; column < 4; column++) {
                sheet.width(column, column % 2 == 0 ? 16 : 28);
            }
            sheet.range(0, 0, 0, 3).merge();
            sheet.value(0, 0, TITLE);
            sheet.range(0, 0, 0, 3).style().bold().fontSize(16).horizontalAlignment("center").set();
            sheet.range(1, 0, 1, 3).merge();
            sheet.value(1, 0, "单位：" + form.unit());
            int row = 2;
            row = pair(sheet, row, "姓名", form.memberName(), "性别", form.gender());
            row = pair(sheet, row, "入党时间", form.joinedOn(), "党员类别", form.memberStatus());
            row = pair(sheet, row, "所在党组织", form.organisation(), "岗位情况", form.postType());
            row = wide(sheet, row, "申请理由", form.reason(), 3);
            row = wide(sheet, row, "不参加积分管理期限", form.period(), 1);
            row = wide(sheet, row, "申请日期", form.appliedOn(), 1);
            row = wide(sheet, row, "支委会审核意见", form.committee().text() + dated(form.committee()), 3);
            row = wide(sheet, row, "党员大会意见", form.meeting().text() + dated(form.meeting()), 3);
            row = wide(sheet, row, "公示情况", form.publicity(), 2);
            row = wide(sheet, row, "上级党组织意见", form.upper().text() + dated(form.upper()), 3);
            sheet.range(2, 0, row - 1, 3).style().borderStyle(BorderStyle.THIN).wrapText(true).verticalAlignment("center").set();
            sheet.value(row + 1, 0, "当前状态：" + form.status() + "　导出日期：" + form.exportedOn());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] pdf(Form form) {
        return pdf.renderTemplate("forms/exemption-approval", Map.of("form", form, "title", TITLE));
    }

    /** Two label–value pairs on one row. */
    private static int pair(Worksheet sheet, int row, String label, String value, String label2, String value2) {
        sheet.value(row, 0, label);
        sheet.value(row, 1, value);
        sheet.value(row, 2, label2);
        sheet.value(row, 3, value2);
        sheet.style(row, 0).bold().set();
        sheet.style(row, 2).bold().set();
        return row + 1;
    }

    /** A label and a value across the other three columns, {@code lines} lines high. */
    private static int wide(Worksheet sheet, int row, String label, String value, int lines) {
        sheet.value(row, 0, label);
        sheet.style(row, 0).bold().set();
        sheet.range(row, 1, row, 3).merge();
        sheet.value(row, 1, value);
        sheet.rowHeight(row, 18 * lines + 6);
        return row + 1;
    }

    private static Optional<ExemptionQueries.ExemptionStepView> last(List<ExemptionQueries.ExemptionStepView> steps, Step step) {
        return steps.stream().filter(taken -> taken.step() == step).reduce((first, second) -> second);
    }

    private static Opinion opinion(Optional<ExemptionQueries.ExemptionStepView> step) {
        return step.map(taken -> new Opinion((Boolean.TRUE.equals(taken.approved()) ? "同意" : "不同意") + suffix(taken.note()),
                date(taken.decidedOn()))).orElse(new Opinion("", ""));
    }

    private static String dated(Opinion opinion) {
        return opinion.date().isEmpty() ? "" : "（" + opinion.date() + "）";
    }

    private static String suffix(@Nullable String note) {
        return note == null ? "" : "。" + note;
    }

    private static String date(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    /** The form's text, field by field. */
    record Form(String unit, String memberName, String gender, String joinedOn, String memberStatus, String postType,
            String organisation, String reason, String period, String appliedOn, Opinion committee, Opinion meeting,
            String publicity, Opinion upper, String status, String exportedOn) {
    }

    /** An opinion and the date it was given; both blank until it is. */
    record Opinion(String text, String date) {
    }
}
