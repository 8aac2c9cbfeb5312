package cn.xianfeng.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xianfeng.engine.ScoringInput.Entry;
import cn.xianfeng.engine.Scheme.Aggregation;
import cn.xianfeng.engine.Scheme.BallotWeights;
import cn.xianfeng.engine.Scheme.Composition;
import cn.xianfeng.engine.Scheme.GradeBand;
import cn.xianfeng.engine.Scheme.Item;
import cn.xianfeng.engine.Scheme.Rule;
import cn.xianfeng.engine.Scheme.Section;
import cn.xianfeng.engine.Scheme.SectionKind;
import cn.xianfeng.engine.Scheme.StartMode;
import cn.xianfeng.engine.Scheme.Veto;
import cn.xianfeng.engine.Scheme.VetoEffect;
import cn.xianfeng.engine.Scheme.WeightedPart;

/** The presets of presets.md, as far as their worked examples need them. */
final class GoldenSchemes {

    private GoldenSchemes() {
    }

    static final List<GradeBand> SEED_000_BANDS = List.of(band("优秀", "90"), band("合格", "70"), band("基本合格", "60"),
            band("不合格", null));

    /** P1 monthly-100 (seed 003): the sections that the example fills to 70 every month, a range and a bonus. */
    static Scheme p1() {
        List<Section> sections = List.of(
                section("STUDY", "理论学习", SectionKind.BASE, "20"),
                section("SERVE", "服务群众", SectionKind.DUTY, "20"),
                section("INNOVATE", "工作创新", SectionKind.DUTY, "15"),
                section("TASKS", "工作清单完成情况", SectionKind.DUTY, "15"),
                section("ROLE", "党员作用发挥", SectionKind.DUTY, "20"),
                section("AWARD", "奖励分", SectionKind.BONUS, "10"));
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            items.add(fixed("P1-STUDY-" + i, "理论学习" + i, "STUDY", "4"));
        }
        for (int i = 1; i <= 4; i++) {
            items.add(fixed("P1-SERVE-" + i, "服务群众" + i, "SERVE", "5"));
        }
        for (int i = 1; i <= 3; i++) {
            items.add(fixed("P1-INNOVATE-" + i, "工作创新" + i, "INNOVATE", "5"));
        }
        items.add(fixed("P1-TASKS-ON-TIME", "按时按质完成", "TASKS", "6"));
        items.add(fixed("P1-TASKS-EXTRA", "超额完成", "TASKS", "3"));
        items.add(fixed("P1-TASKS-PRAISED", "得到认可", "TASKS", "3"));
        items.add(fixed("P1-TASKS-BEYOND", "承担职责外工作", "TASKS", "3"));
        items.add(new Item("P1-ROLE", "党员作用发挥", "ROLE", new Rule.Range(BigDecimal.ZERO, new BigDecimal("20")), null, null, null));
        items.add(fixed("P1-AWARD-COUNTY", "县级表彰", "AWARD", "2"));
        items.add(fixed("P1-AWARD-ABOVE", "县级以上表彰/省级媒体发文", "AWARD", "3"));
        items.add(fixed("P1-AWARD-MAJOR", "重大贡献/见义勇为", "AWARD", "5"));
        items.add(fixed("P1-DISMISSED", "撤销党内职务", "AWARD", "0"));
        return new Scheme(sections, items,
                List.of(new Veto("P1-DISMISSED", List.of(VetoEffect.FORCE_GRADE, VetoEffect.ZERO_YEAR), null)),
                Aggregation.QUARTERLY_OF_MONTHLY,
                new Composition(List.of(new WeightedPart("year", sections.stream().map(Section::code).toList(), new BigDecimal("0.8"))),
                        new BigDecimal("0.2")),
                BallotWeights.standard(),
                List.of(band("优秀", "90"), band("良好", "80"), band("合格", "60"), band("不合格", null)));
    }

    /** The 16 fixed items of P1's first four sections in one month: 20 + 20 + 15 + 15 = 70. */
    static void p1FullBasics(List<Entry> entries, YearMonth month) {
        p1().items().stream().filter(item -> item.rule() instanceof Rule.Fixed)
            .filter(item -> List.of("STUDY", "SERVE", "INNOVATE", "TASKS").contains(item.section()))
            .forEach(item -> entries.add(Entry.of(item.code() + "@" + month, item.code(), month, 1)));
    }

    /** P2 annual-from-zero (seed 001 市直). */
    static Scheme p2() {
        List<Section> sections = List.of(
                section("ACTIVITY", "参加党的活动", SectionKind.BASE, "60"),
                section("POST", "岗位现实表现", SectionKind.DUTY, "30"),
                section("PRACTICE", "参加社会实践", SectionKind.DUTY, "10"),
                section("AWARD", "奖励加分", SectionKind.BONUS, null),
                section("DEDUCT", "减分", SectionKind.DEDUCTION, null));
        List<Item> items = List.of(
                perOccurrence("P2-MEETING", "三会一课", "ACTIVITY", "1"),
                perOccurrence("P2-STUDY", "支部(小组)学习", "ACTIVITY", "1"),
                perOccurrence("P2-LIFE-MEETING", "民主生活会/组织生活会", "ACTIVITY", "3"),
                perOccurrence("P2-SPEECH", "专题发言", "ACTIVITY", "2"),
                perOccurrence("P2-REFLECTION", "心得体会", "ACTIVITY", "2"),
                perOccurrence("P2-LECTURE", "单位内讲党课", "ACTIVITY", "2"),
                new Item("P2-REVIEW-COMPETENT", "年度考核称职", "POST", new Rule.Fixed(new BigDecimal("25")), null, null, "annual-review"),
                new Item("P2-REVIEW-EXCELLENT", "年度考核优秀", "POST", new Rule.Fixed(new BigDecimal("30")), null, null, "annual-review"),
                perOccurrence("P2-VOLUNTEER", "志愿服务", "PRACTICE", "1"),
                new Item("P2-AWARD", "奖励加分", "AWARD", new Rule.Levels(Map.of("市直部门", new BigDecimal("2"), "市级",
                        new BigDecimal("3"), "省级以上", new BigDecimal("5"))), null, null, "P2-AWARD"),
                perOccurrence("P2-ABSENT", "未经同意缺席", "DEDUCT", "-1"),
                perOccurrence("P2-LATE-DUES", "不按时交党费", "DEDUCT", "-2"),
                fixed("P2-DISMISSED", "撤销党内职务以上处分", "DEDUCT", "0"));
        return new Scheme(sections, items, List.of(new Veto("P2-DISMISSED", List.of(VetoEffect.ZERO_YEAR), null)),
                Aggregation.SUM_YEAR, Composition.unweighted(), BallotWeights.standard(),
                List.of(band("优秀", "90"), band("合格", "60"), band("不合格", null)));
    }

    /** P3 daily-80-evaluation-20 (seed 001, 区). */
    static Scheme p3() {
        List<Section> sections = List.of(
                section("DAILY", "日常表现", SectionKind.BASE, "80"),
                section("CONTRIBUTION", "贡献加分", SectionKind.BONUS, null));
        List<Item> items = List.of(
                range("P3-STUDY", "带头学习提高", "DAILY", "15"),
                range("P3-ACHIEVE", "带头争创佳绩", "DAILY", "15"),
                range("P3-SERVE", "带头服务群众", "DAILY", "15"),
                range("P3-LAW", "带头遵纪守法", "DAILY", "20"),
                range("P3-INTEGRITY", "带头弘扬正气", "DAILY", "15"),
                new Item("P3-CITY-ARTICLE", "市级以上刊物", "CONTRIBUTION", new Rule.PerOccurrence(new BigDecimal("2")), new BigDecimal("3"), null, null),
                new Item("P3-DISTRICT-ARTICLE", "区级刊物", "CONTRIBUTION", new Rule.PerOccurrence(BigDecimal.ONE), new BigDecimal("3"), null, null));
        return new Scheme(sections, items, List.of(), Aggregation.SUM_YEAR,
                new Composition(List.of(new WeightedPart("daily", List.of("DAILY"), BigDecimal.ONE)), new BigDecimal("0.2")),
                BallotWeights.standard(), SEED_000_BANDS);
    }

    /** P5 four-25 (seed 001 富县): four sections of 25, a bonus, deductions, and the key-work veto. */
    static Scheme p5() {
        List<Section> sections = List.of(
                section("TRAINING", "党员教育培训", SectionKind.BASE, "25"),
                section("DUTIES", "党员义务履行", SectionKind.BASE, "25"),
                section("BUSINESS", "业务工作开展", SectionKind.DUTY, "25"),
                section("PLEDGES", "党员承诺兑现", SectionKind.DUTY, "25"),
                section("BONUS", "加分", SectionKind.BONUS, null),
                section("DEDUCT", "减分", SectionKind.DEDUCTION, null));
        List<Item> items = new ArrayList<>();
        for (String[] section : new String[][] { { "TRAINING", "5", "5", "5", "5", "5" }, { "DUTIES", "5", "5", "5", "5", "5" },
                { "BUSINESS", "5", "5", "5", "10" }, { "PLEDGES", "5", "5", "5", "10" } }) {
            for (int i = 1; i < section.length; i++) {
                items.add(range("P5-" + section[0] + "-" + i, section[0] + i, section[0], section[i]));
            }
        }
        items.add(perOccurrence("P5-AWARD", "县级以上表彰", "BONUS", "2"));
        items.add(perOccurrence("P5-DAILY-ERROR", "日常工作失误", "DEDUCT", "-4"));
        items.add(fixed("P5-KEY-FAILURE", "关键工作失误", "DEDUCT", "0"));
        return new Scheme(sections, items, List.of(new Veto("P5-KEY-FAILURE", List.of(VetoEffect.ZERO_SECTION), "BUSINESS")),
                Aggregation.HALF_YEAR, Composition.unweighted(), BallotWeights.standard(),
                List.of(band("优秀", "100"), band("良好", "90"), band("一般", "80"), band("差", null)));
    }

    /** P5's sections scored 25, 25, 24, 25 in one month. */
    static List<Entry> p5Sections(YearMonth month) {
        List<Entry> entries = new ArrayList<>();
        for (Item item : p5().items()) {
            if (item.rule() instanceof Rule.Range scale) {
                BigDecimal points = item.code().equals("P5-BUSINESS-4") ? scale.max().subtract(BigDecimal.ONE) : scale.max();
                entries.add(new Entry(item.code(), item.code(), month, BigDecimal.ONE, null, points, null));
            }
        }
        return entries;
    }

    static Entry range(String id, String item, YearMonth month, String points) {
        return new Entry(id, item, month, BigDecimal.ONE, null, new BigDecimal(points), null);
    }

    static Section section(String code, String name, SectionKind kind, String cap) {
        return new Section(code, name, kind, cap == null ? null : new BigDecimal(cap), null, StartMode.ACCUMULATE);
    }

    static Item fixed(String code, String name, String section, String points) {
        return new Item(code, name, section, new Rule.Fixed(new BigDecimal(points)), null, null, null);
    }

    static Item perOccurrence(String code, String name, String section, String points) {
        return new Item(code, name, section, new Rule.PerOccurrence(new BigDecimal(points)), null, null, null);
    }

    static Item range(String code, String name, String section, String max) {
        return new Item(code, name, section, new Rule.Range(BigDecimal.ZERO, new BigDecimal(max)), new BigDecimal(max), null, null);
    }

    static GradeBand band(String grade, String min) {
        return new GradeBand(grade, min == null ? null : new BigDecimal(min));
    }
}
