package cn.xianfeng.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import cn.xianfeng.engine.Explanation.Kind;
import cn.xianfeng.engine.ScoringInput.Entry;
import cn.xianfeng.engine.Scheme.Aggregation;
import cn.xianfeng.engine.Scheme.BallotWeights;
import cn.xianfeng.engine.Scheme.Composition;
import cn.xianfeng.engine.Scheme.Item;
import cn.xianfeng.engine.Scheme.Rule;
import cn.xianfeng.engine.Scheme.Section;
import cn.xianfeng.engine.Scheme.SectionKind;
import cn.xianfeng.engine.Scheme.StartMode;
import cn.xianfeng.engine.Scheme.Veto;
import cn.xianfeng.engine.Scheme.VetoEffect;

/** Properties that hold for any entries (issue 4): caps, floors, order, highest-only, bonuses, exempt months. */
class ScoringPropertiesTests {

    private static final int YEAR = 2026;
    private static final List<String> P2_ITEMS = List.of("P2-MEETING", "P2-STUDY", "P2-LIFE-MEETING", "P2-REFLECTION",
            "P2-REVIEW-COMPETENT", "P2-REVIEW-EXCELLENT", "P2-VOLUNTEER", "P2-ABSENT", "P2-LATE-DUES");
    private static final Map<String, BigDecimal> AWARD_LEVELS = Map.of("市直部门", new BigDecimal("2"), "市级", new BigDecimal("3"),
            "省级以上", new BigDecimal("5"));

    private final ScoringEngine engine = new ScoringEngine();

    @Provide
    Arbitrary<List<Entry>> p2Entries() {
        Arbitrary<Entry> plain = Combinators.combine(Arbitraries.of(P2_ITEMS), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 30), Arbitraries.strings().alpha().ofLength(6))
            .as((item, month, count, id) -> Entry.of(id, item, YearMonth.of(YEAR, month), count));
        Arbitrary<Entry> award = Combinators.combine(Arbitraries.of(AWARD_LEVELS.keySet()), Arbitraries.integers().between(1, 12),
                Arbitraries.of("先进个人", "优秀党员", "岗位能手"), Arbitraries.strings().alpha().ofLength(6))
            .as((level, month, achievement, id) -> new Entry(id, "P2-AWARD", YearMonth.of(YEAR, month), BigDecimal.ONE, level, null,
                    achievement));
        return Arbitraries.oneOf(plain, award).list().ofMaxSize(40).uniqueElements(Entry::id);
    }

    @Property(tries = 200)
    void sectionCapsAreNeverExceededAndFloorsHold(@ForAll("p2Entries") List<Entry> entries) {
        ScoreResult result = engine.score(input(GoldenSchemes.p2(), entries, Set.of()));

        for (Explanation section : nodes(result, Kind.SECTION)) {
            Section definition = GoldenSchemes.p2().sections().stream().filter(s -> s.code().equals(section.detail())).findFirst().orElseThrow();
            if (definition.cap() != null) {
                assertThat(section.points()).as(section.label()).isLessThanOrEqualTo(definition.cap());
            }
            if (definition.kind() != SectionKind.DEDUCTION) {
                assertThat(section.points().signum()).as(section.label()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Property(tries = 200)
    void aStartFullSectionNeverFallsBelowItsFloorHoweverManyDeductions(@ForAll @IntRange(min = 0, max = 60) int lapses,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        Scheme conduct = new Scheme(
                List.of(new Section("CONDUCT", "日常行为", SectionKind.BASE, new BigDecimal("100"), null, StartMode.START_FULL)),
                List.of(new Item("LAPSE", "违反纪律", "CONDUCT", new Rule.PerOccurrence(new BigDecimal("-2.5")), null, null, null)),
                List.of(), Aggregation.MONTHLY_AVERAGE, Composition.unweighted(), BallotWeights.standard(), GoldenSchemes.SEED_000_BANDS);

        ScoreResult result = engine.score(input(conduct, List.of(Entry.of("l", "LAPSE", YearMonth.of(YEAR, month), lapses)), Set.of()));

        for (ScoreResult.PeriodScore period : result.periods()) {
            assertThat(period.total()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        }
        BigDecimal expectedMonth = BigDecimal.valueOf(100).subtract(new BigDecimal("2.5").multiply(BigDecimal.valueOf(lapses))).max(BigDecimal.ZERO);
        assertThat(result.yearScore()).isEqualByComparingTo(
                BigDecimal.valueOf(1100).add(expectedMonth).divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP));
    }

    @Property(tries = 200)
    void theOrderOfEntriesNeverMatters(@ForAll("p2Entries") List<Entry> entries, @ForAll long seed) {
        List<Entry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(engine.score(input(GoldenSchemes.p2(), shuffled, Set.of())))
            .isEqualTo(engine.score(input(GoldenSchemes.p2(), entries, Set.of())));
    }

    @Property(tries = 200)
    void highestOnlyKeepsTheHighestLevelOfTheSameAchievement(@ForAll @IntRange(min = 1, max = 8) int count, @ForAll long seed) {
        Random random = new Random(seed);
        List<String> levels = new ArrayList<>(AWARD_LEVELS.keySet());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new Entry("a" + i, "P2-AWARD", YearMonth.of(YEAR, 1 + random.nextInt(12)), BigDecimal.ONE,
                    levels.get(random.nextInt(levels.size())), null, "同一表彰"));
        }
        BigDecimal highest = entries.stream().map(entry -> AWARD_LEVELS.get(entry.level())).max(BigDecimal::compareTo).orElseThrow();

        ScoreResult result = engine.score(input(GoldenSchemes.p2(), entries, Set.of()));

        assertThat(result.annual()).isEqualByComparingTo(highest);
        assertThat(nodes(result, Kind.HIGHEST_ONLY_DROP)).hasSize(entries.size() - 1);
    }

    @Property(tries = 200)
    void aBonusNeverLowersTheScore(@ForAll("p2Entries") List<Entry> entries, @ForAll @IntRange(min = 1, max = 12) int month) {
        ScoreResult before = engine.score(input(GoldenSchemes.p2(), entries, Set.of()));
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry("bonus-extra", "P2-AWARD", YearMonth.of(YEAR, month), BigDecimal.ONE, "市直部门", null, "另一项表彰"));

        assertThat(engine.score(input(GoldenSchemes.p2(), more, Set.of())).exactAnnual()).isGreaterThanOrEqualTo(before.exactAnnual());
    }

    @Property(tries = 100)
    void exemptMonthsNeverCount(@ForAll @IntRange(min = 1, max = 12) int exempt, @ForAll @IntRange(min = 0, max = 20) int points) {
        YearMonth exemptMonth = YearMonth.of(YEAR, exempt);
        List<Entry> entries = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            if (month != exempt) {
                GoldenSchemes.p1FullBasics(entries, YearMonth.of(YEAR, month));
            }
        }
        ScoreResult without = engine.score(input(GoldenSchemes.p1(), entries, Set.of(exemptMonth)));
        entries.add(GoldenSchemes.range("in-exempt-month", "P1-ROLE", exemptMonth, String.valueOf(points)));

        ScoreResult with = engine.score(input(GoldenSchemes.p1(), entries, Set.of(exemptMonth)));

        assertThat(with.exactAnnual()).isEqualTo(without.exactAnnual());
        assertThat(with.yearScore()).as("an exempt month is not a zero month either").isEqualByComparingTo("70");
        assertThat(with.periods()).extracting(ScoreResult.PeriodScore::period).doesNotContain(exemptMonth.toString());
    }

    @Property(tries = 100)
    void aMonthVetoZeroesItsOwnMonthAndNoOther(@ForAll @IntRange(min = 1, max = 12) int vetoed, @ForAll @IntRange(min = 0, max = 20) int points) {
        Scheme p1 = GoldenSchemes.p1();
        Scheme monthVeto = new Scheme(p1.sections(), p1.items(), List.of(new Veto("P1-DISMISSED", List.of(VetoEffect.ZERO_MONTH), null)),
                p1.aggregation(), p1.composition(), p1.ballotWeights(), p1.grades());
        List<Entry> entries = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            GoldenSchemes.p1FullBasics(entries, YearMonth.of(YEAR, month));
            entries.add(GoldenSchemes.range("role-" + month, "P1-ROLE", YearMonth.of(YEAR, month), String.valueOf(points)));
        }
        entries.add(Entry.of("veto", "P1-DISMISSED", YearMonth.of(YEAR, vetoed), 1));

        ScoreResult result = engine.score(input(monthVeto, entries, Set.of()));

        String monthOfVeto = YearMonth.of(YEAR, vetoed).toString();
        assertThat(result.periods()).allSatisfy(period -> assertThat(period.total())
            .isEqualByComparingTo(period.period().equals(monthOfVeto) ? BigDecimal.ZERO : BigDecimal.valueOf(70 + points)));
        assertThat(result.exactAnnual()).as("the year still counts the month, at zero").isEqualTo(
                Rational.of(BigDecimal.valueOf(70 + points)).times(Rational.of(BigDecimal.valueOf(11))).dividedBy(Rational.of(BigDecimal.valueOf(12)))
                    .times(Rational.of(new BigDecimal("0.8"))));
        assertThat(nodes(result, Kind.VETO)).extracting(Explanation::detail).contains("ZERO_MONTH");
    }

    private static ScoringInput input(Scheme scheme, List<Entry> entries, Set<YearMonth> exempt) {
        return new ScoringInput(scheme, YEAR, ScoringInput.wholeYear(YEAR), exempt, entries, null);
    }

    private static List<Explanation> nodes(ScoreResult result, Kind kind) {
        return result.explanation().flatten().filter(node -> node.kind() == kind).toList();
    }
}
