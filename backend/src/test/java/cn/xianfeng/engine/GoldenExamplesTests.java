package cn.xianfeng.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.xianfeng.engine.Explanation.Kind;
import cn.xianfeng.engine.ScoringInput.Ballots;
import cn.xianfeng.engine.ScoringInput.Entry;

/** The worked examples of presets.md, through the engine (the API's preview runs the same, see the schemes module). */
class GoldenExamplesTests {

    private static final int YEAR = 2026;

    private final ScoringEngine engine = new ScoringEngine();

    @Test
    void p1aQuartersOfMonthlyScoresWeightedWithTheEvaluation() {
        List<Entry> entries = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(YEAR, month);
            GoldenSchemes.p1FullBasics(entries, ym);
            switch (month) {
                case 4 -> { }                                                         // 70
                case 5 -> entries.add(GoldenSchemes.range("r" + month, "P1-ROLE", ym, "6"));   // 76
                case 6 -> entries.add(GoldenSchemes.range("r" + month, "P1-ROLE", ym, "12"));  // 82
                default -> {                                                          // 92
                    entries.add(GoldenSchemes.range("r" + month, "P1-ROLE", ym, "20"));
                    entries.add(Entry.of("b" + month, "P1-AWARD-COUNTY", ym, 1));
                }
            }
        }

        ScoreResult result = engine.score(new ScoringInput(GoldenSchemes.p1(), YEAR, ScoringInput.wholeYear(YEAR), Set.of(),
                entries, new Ballots(18, 2, 0)));

        assertThat(result.periods()).extracting(ScoreResult.PeriodScore::total).map(BigDecimal::stripTrailingZeros)
            .containsExactly(d("92"), d("92"), d("92"), d("70"), d("76"), d("82"), d("92"), d("92"), d("92"), d("92"), d("92"), d("92"));
        assertThat(result.quarters()).extracting(ScoreResult.PeriodScore::total).map(BigDecimal::stripTrailingZeros)
            .containsExactly(d("92"), d("76"), d("92"), d("92"));
        assertThat(result.yearScore()).isEqualByComparingTo("88");
        assertThat(result.evaluation()).isEqualByComparingTo("98");
        assertThat(result.annual()).isEqualTo(new BigDecimal("90.00"));
        assertThat(result.grade()).isEqualTo("优秀");
        assertThat(kinds(result)).contains(Kind.PART, Kind.EVALUATION, Kind.MEAN);
    }

    @Test
    void p2aCapsCutTheActivitiesAndThePracticeAndTheSameAwardCountsOnceAtItsHighest() {
        YearMonth march = YearMonth.of(YEAR, 3);
        List<Entry> entries = List.of(
                Entry.of("e1", "P2-MEETING", march, 45),
                Entry.of("e2", "P2-REFLECTION", march, 6),
                Entry.of("e3", "P2-LIFE-MEETING", march, 2),
                Entry.of("e4", "P2-REVIEW-EXCELLENT", YearMonth.of(YEAR, 12), 1),
                Entry.of("e5", "P2-VOLUNTEER", march, 12),
                new Entry("e6", "P2-AWARD", YearMonth.of(YEAR, 5), BigDecimal.ONE, "市级", null, "先进个人"),
                new Entry("e7", "P2-AWARD", YearMonth.of(YEAR, 6), BigDecimal.ONE, "省级以上", null, "先进个人"),
                Entry.of("e8", "P2-ABSENT", march, 2));

        ScoreResult result = engine.score(input(GoldenSchemes.p2(), entries, null));

        assertThat(result.annual()).isEqualTo(new BigDecimal("103.00"));
        assertThat(result.grade()).isEqualTo("优秀");
        List<Explanation> nodes = result.explanation().flatten().toList();
        assertThat(nodes).filteredOn(node -> node.kind() == Kind.SECTION_CAP)
            .extracting(Explanation::label, node -> node.points().stripTrailingZeros())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("参加党的活动", d("-3")),
                    org.assertj.core.groups.Tuple.tuple("参加社会实践", d("-2")));
        assertThat(nodes).filteredOn(node -> node.kind() == Kind.HIGHEST_ONLY_DROP).extracting(Explanation::label)
            .containsExactly("e6");
    }

    @Test
    void p3aDailyPlusWeightedEvaluationPlusAnItemCappedBonus() {
        YearMonth june = YearMonth.of(YEAR, 6);
        List<Entry> entries = new ArrayList<>(List.of(
                GoldenSchemes.range("d1", "P3-STUDY", june, "14"),
                GoldenSchemes.range("d2", "P3-ACHIEVE", june, "14"),
                GoldenSchemes.range("d3", "P3-SERVE", june, "14"),
                GoldenSchemes.range("d4", "P3-LAW", june, "18"),
                GoldenSchemes.range("d5", "P3-INTEGRITY", june, "12")));
        for (int article = 1; article <= 4; article++) {
            entries.add(Entry.of("a" + article, "P3-DISTRICT-ARTICLE", YearMonth.of(YEAR, article), 1));
        }

        ScoreResult result = engine.score(input(GoldenSchemes.p3(), entries, new Ballots(10, 5, 5)));

        assertThat(result.evaluation()).isEqualByComparingTo("85");
        assertThat(result.annual()).isEqualTo(new BigDecimal("92.00"));
        assertThat(result.grade()).isEqualTo("优秀");
        assertThat(result.explanation().flatten()).filteredOn(node -> node.kind() == Kind.ITEM_CAP)
            .extracting(node -> node.points().stripTrailingZeros()).containsExactly(d("-1"));
    }

    @Test
    void p5aSectionsPlusBonusAndAKeyWorkFailureZeroesTheBusinessSection() {
        List<Entry> entries = new ArrayList<>(GoldenSchemes.p5Sections(YearMonth.of(YEAR, 11)));
        entries.add(Entry.of("award", "P5-AWARD", YearMonth.of(YEAR, 9), 1));

        ScoreResult result = engine.score(input(GoldenSchemes.p5(), entries, null));

        assertThat(result.annual()).isEqualTo(new BigDecimal("101.00"));
        assertThat(result.grade()).isEqualTo("优秀");

        entries.add(Entry.of("failure", "P5-KEY-FAILURE", YearMonth.of(YEAR, 10), 1));
        ScoreResult vetoed = engine.score(input(GoldenSchemes.p5(), entries, null));

        assertThat(vetoed.annual()).isEqualTo(new BigDecimal("77.00"));
        assertThat(vetoed.grade()).isEqualTo("差");
        assertThat(vetoed.vetoes()).containsExactly("P5-KEY-FAILURE");
        assertThat(vetoed.explanation().flatten()).filteredOn(node -> node.kind() == Kind.VETO)
            .extracting(Explanation::label).contains("业务工作开展");
    }

    @Test
    void aScoreOf89Point5IsBelowNinety() {
        YearMonth june = YearMonth.of(YEAR, 6);
        List<Entry> entries = List.of(GoldenSchemes.range("d1", "P3-STUDY", june, "15"), GoldenSchemes.range("d2", "P3-ACHIEVE", june, "15"),
                GoldenSchemes.range("d3", "P3-SERVE", june, "15"), GoldenSchemes.range("d4", "P3-LAW", june, "20"),
                GoldenSchemes.range("d5", "P3-INTEGRITY", june, "7.5"));

        ScoreResult result = engine.score(input(GoldenSchemes.p3(), entries, new Ballots(1, 0, 0)));

        assertThat(result.annual()).isEqualTo(new BigDecimal("92.50"));
        ScoreResult lower = engine.score(input(GoldenSchemes.p3(), entries, new Ballots(10, 5, 5)));
        assertThat(lower.exactAnnual().compareTo(Rational.of(90))).isNegative();
        assertThat(lower.annual()).isEqualTo(new BigDecimal("89.50"));
        assertThat(lower.grade()).isEqualTo("合格");
    }

    private static ScoringInput input(Scheme scheme, List<Entry> entries, Ballots ballots) {
        return new ScoringInput(scheme, YEAR, ScoringInput.wholeYear(YEAR), Set.of(), entries, ballots);
    }

    private static List<Kind> kinds(ScoreResult result) {
        return result.explanation().flatten().map(Explanation::kind).toList();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }
}
