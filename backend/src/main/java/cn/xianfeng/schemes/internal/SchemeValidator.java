package cn.xianfeng.schemes.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.xianfeng.engine.Scheme.Aggregation;
import cn.xianfeng.engine.Scheme.SectionKind;
import cn.xianfeng.engine.Scheme.StartMode;
import cn.xianfeng.engine.Scheme.VetoEffect;
import cn.xianfeng.schemes.ActivityKind;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * The rules a scheme document must keep beyond its field constraints (issue 4): every problem is reported at
 * the path of the element it concerns, all at once, and nothing is saved while any remains.
 */
@Component
class SchemeValidator {

    void check(SchemeDocument scheme) {
        List<FieldCode> problems = problems(scheme);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    List<FieldCode> problems(SchemeDocument scheme) {
        List<FieldCode> problems = new ArrayList<>();
        if (scheme.formatVersion() != SchemeDocument.FORMAT_VERSION) {
            problems.add(new FieldCode("formatVersion", "scheme.format.unsupported", SchemeDocument.FORMAT_VERSION));
        }
        Set<String> sectionCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        for (int s = 0; s < scheme.sections().size(); s++) {
            SchemeDocument.Section section = scheme.sections().get(s);
            String at = "sections[" + s + "]";
            if (!sectionCodes.add(section.code())) {
                problems.add(new FieldCode(at + ".code", "scheme.code.duplicate", section.code()));
            }
            notNegative(section.cap(), at + ".cap", problems);
            notNegative(section.floor(), at + ".floor", problems);
            if (section.startOrDefault() == StartMode.START_FULL && (section.cap() == null || section.kind() == SectionKind.DEDUCTION)) {
                problems.add(new FieldCode(at + ".start", "scheme.start-full.needs-cap"));
            }
            for (int i = 0; i < section.items().size(); i++) {
                SchemeDocument.Item item = section.items().get(i);
                String itemAt = at + ".items[" + i + "]";
                if (!itemCodes.add(item.code())) {
                    problems.add(new FieldCode(itemAt + ".code", "scheme.code.duplicate", item.code()));
                }
                notNegative(item.cap(), itemAt + ".cap", problems);
                if (item.maxOccurrences() != null && item.maxOccurrences() < 1) {
                    problems.add(new FieldCode(itemAt + ".maxOccurrences", "scheme.occurrences.min"));
                }
                rule(item.rule(), section.kind(), itemAt + ".rule", problems);
                if (item.bounds() != null && item.bounds().min().compareTo(item.bounds().max()) > 0) {
                    problems.add(new FieldCode(itemAt + ".bounds.max", "scheme.range.min-above-max", item.bounds().min(), item.bounds().max()));
                }
            }
        }
        for (int v = 0; v < scheme.vetoesOrNone().size(); v++) {
            SchemeDocument.Veto veto = scheme.vetoesOrNone().get(v);
            if (!itemCodes.contains(veto.trigger())) {
                problems.add(new FieldCode("vetoes[" + v + "].trigger", "scheme.veto.trigger.unknown", veto.trigger()));
            }
            if (veto.effects().contains(VetoEffect.ZERO_SECTION) && !sectionCodes.contains(veto.section())) {
                problems.add(new FieldCode("vetoes[" + v + "].section", "scheme.veto.section.unknown"));
            }
            boolean monthly = scheme.aggregation() == Aggregation.MONTHLY_AVERAGE || scheme.aggregation() == Aggregation.QUARTERLY_OF_MONTHLY;
            if (veto.effects().contains(VetoEffect.ZERO_MONTH) && !monthly) {
                problems.add(new FieldCode("vetoes[" + v + "].effects", "scheme.veto.month.not-monthly"));
            }
        }
        Set<ActivityKind> mappedKinds = new HashSet<>();
        for (int a = 0; a < scheme.attendanceOrNone().size(); a++) {
            SchemeDocument.Attendance rule = scheme.attendanceOrNone().get(a);
            if (!mappedKinds.add(rule.kind())) {
                problems.add(new FieldCode("attendance[" + a + "].kind", "scheme.attendance.kind.twice"));
            }
            String at = "attendance[" + a + "].";
            Map<String, String> named = new LinkedHashMap<>();
            named.put("present", rule.present());
            named.put("absent", rule.absent());
            named.put("late", rule.late());
            named.put("leftEarly", rule.leftEarly());
            named.put("host", rule.host());
            named.put("minutes", rule.minutes());
            named.forEach((field, code) -> {
                if (code != null && !itemCodes.contains(code)) {
                    problems.add(new FieldCode(at + field, "scheme.attendance.item.unknown", code));
                }
            });
        }
        composition(scheme.composition(), sectionCodes, problems);
        ballots(scheme.ballotWeights(), problems);
        grades(scheme.grades(), problems);
        frame(scheme, problems);
        return problems;
    }

    private static void rule(SchemeDocument.Rule rule, SectionKind kind, String at, List<FieldCode> problems) {
        switch (rule.type()) {
            case FIXED, PER_OCCURRENCE, PER_HOUR -> {
                if (rule.points() == null) {
                    problems.add(new FieldCode(at + ".points", "scheme.points.required"));
                } else {
                    signFits(rule.points(), kind, at + ".points", problems);
                }
            }
            case RANGE -> {
                if (rule.min() == null) {
                    problems.add(new FieldCode(at + ".min", "scheme.points.required"));
                }
                if (rule.max() == null) {
                    problems.add(new FieldCode(at + ".max", "scheme.points.required"));
                }
                if (rule.min() != null && rule.max() != null) {
                    if (rule.min().compareTo(rule.max()) > 0) {
                        problems.add(new FieldCode(at + ".max", "scheme.range.min-above-max", rule.min(), rule.max()));
                    }
                    signFits(rule.min(), kind, at + ".min", problems);
                    signFits(rule.max(), kind, at + ".max", problems);
                }
            }
            case LEVELS -> {
                if (rule.levels() == null || rule.levels().isEmpty()) {
                    problems.add(new FieldCode(at + ".levels", "scheme.levels.required"));
                    return;
                }
                Set<String> names = new HashSet<>();
                for (int l = 0; l < rule.levels().size(); l++) {
                    SchemeDocument.Level level = rule.levels().get(l);
                    if (!names.add(level.level())) {
                        problems.add(new FieldCode(at + ".levels[" + l + "].level", "scheme.level.duplicate", level.level()));
                    }
                    signFits(level.points(), kind, at + ".levels[" + l + "].points", problems);
                }
            }
        }
    }

    /** Deductions take points, bonuses give them; base and duty sections may hold both (e.g. a full start). */
    private static void signFits(BigDecimal points, SectionKind kind, String at, List<FieldCode> problems) {
        if (kind == SectionKind.DEDUCTION && points.signum() > 0) {
            problems.add(new FieldCode(at, "scheme.points.deduction-positive"));
        }
        if (kind == SectionKind.BONUS && points.signum() < 0) {
            problems.add(new FieldCode(at, "scheme.points.bonus-negative"));
        }
    }

    private static void composition(SchemeDocument.Composition composition, Set<String> sectionCodes, List<FieldCode> problems) {
        Map<String, Integer> partOf = new HashMap<>();
        BigDecimal sum = composition.evaluationWeight();
        notNegative(composition.evaluationWeight(), "composition.evaluationWeight", problems);
        for (int p = 0; p < composition.parts().size(); p++) {
            SchemeDocument.Part part = composition.parts().get(p);
            String at = "composition.parts[" + p + "]";
            notNegative(part.weight(), at + ".weight", problems);
            sum = sum.add(part.weight());
            for (int s = 0; s < part.sections().size(); s++) {
                String code = part.sections().get(s);
                if (!sectionCodes.contains(code)) {
                    problems.add(new FieldCode(at + ".sections[" + s + "]", "scheme.part.section.unknown", code));
                } else if (partOf.putIfAbsent(code, p) != null) {
                    problems.add(new FieldCode(at + ".sections[" + s + "]", "scheme.part.section.twice", code));
                }
            }
        }
        if (composition.total() != null && sum.compareTo(composition.total()) != 0) {
            problems.add(new FieldCode("composition.total", "scheme.weights.sum", sum.stripTrailingZeros().toPlainString(),
                    composition.total().stripTrailingZeros().toPlainString()));
        }
    }

    private static void ballots(SchemeDocument.BallotWeights weights, List<FieldCode> problems) {
        Map<String, BigDecimal> each = Map.of("good", weights.good(), "average", weights.average(), "poor", weights.poor());
        each.forEach((name, weight) -> {
            if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
                problems.add(new FieldCode("ballotWeights." + name, "scheme.ballot.weight.range"));
            }
        });
    }

    private static void grades(List<SchemeDocument.GradeBand> grades, List<FieldCode> problems) {
        Set<String> names = new HashSet<>();
        BigDecimal above = null;
        for (int g = 0; g < grades.size(); g++) {
            SchemeDocument.GradeBand band = grades.get(g);
            String at = "grades[" + g + "]";
            if (!names.add(band.grade())) {
                problems.add(new FieldCode(at + ".grade", "scheme.grade.duplicate", band.grade()));
            }
            boolean last = g == grades.size() - 1;
            if (last && band.min() != null) {
                problems.add(new FieldCode(at + ".min", "scheme.grades.last-has-min"));
            } else if (!last && band.min() == null) {
                problems.add(new FieldCode(at + ".min", "scheme.grades.min-required"));
            } else if (band.min() != null) {
                if (above != null && band.min().compareTo(above) >= 0) {
                    problems.add(new FieldCode(at + ".min", "scheme.grades.not-descending", band.min().toPlainString(),
                            above.toPlainString()));
                }
                above = band.min();
            }
        }
    }

    /** The quota, alerts and cycle settings. */
    private static void frame(SchemeDocument scheme, List<FieldCode> problems) {
        SchemeDocument.Quota quota = scheme.quota();
        if (quota != null) {
            if (scheme.grades().stream().noneMatch(band -> band.grade().equals(quota.grade()))) {
                problems.add(new FieldCode("quota.grade", "scheme.quota.grade.unknown", quota.grade()));
            }
            if ((quota.ratioNumerator() == null) != (quota.ratioDenominator() == null)) {
                problems.add(new FieldCode("quota.ratioDenominator", "scheme.quota.ratio"));
            } else if (quota.ratioNumerator() != null && (quota.ratioNumerator() < 0 || quota.ratioDenominator() < 1
                    || quota.ratioNumerator() > quota.ratioDenominator())) {
                problems.add(new FieldCode("quota.ratioNumerator", "scheme.quota.ratio"));
            }
            if (quota.topN() != null && quota.topN() < 1) {
                problems.add(new FieldCode("quota.topN", "scheme.occurrences.min"));
            }
        }
        SchemeDocument.Alerts alerts = scheme.alerts();
        if (alerts != null) {
            notNegative(alerts.passingScore(), "alerts.passingScore", problems);
            List<Integer> months = alerts.consecutiveMonths() == null ? List.of() : alerts.consecutiveMonths();
            for (int m = 0; m < months.size(); m++) {
                if (months.get(m) < 1 || months.get(m) > 12) {
                    problems.add(new FieldCode("alerts.consecutiveMonths[" + m + "]", "preview.month.range"));
                }
            }
            BigDecimal share = alerts.branchShareBelowPassing();
            if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                problems.add(new FieldCode("alerts.branchShareBelowPassing", "scheme.share.range"));
            }
        }
        if (scheme.publicityDays() != null && (scheme.publicityDays() < 1 || scheme.publicityDays() > 30)) {
            problems.add(new FieldCode("publicityDays", "exemption.publicityDays.range"));
        }
        if (scheme.declarationDeadlineDay() != null && (scheme.declarationDeadlineDay() < 1 || scheme.declarationDeadlineDay() > 31)) {
            problems.add(new FieldCode("declarationDeadlineDay", "scheme.deadline.range"));
        }
    }

    private static void notNegative(BigDecimal value, String at, List<FieldCode> problems) {
        if (value != null && value.signum() < 0) {
            problems.add(new FieldCode(at, "scheme.negative"));
        }
    }
}
