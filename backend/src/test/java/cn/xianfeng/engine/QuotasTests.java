package cn.xianfeng.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.xianfeng.engine.Quotas.Candidate;
import cn.xianfeng.engine.Quotas.Flag;
import cn.xianfeng.engine.Quotas.Placement;
import cn.xianfeng.engine.Quotas.Rule;
import cn.xianfeng.engine.Quotas.TieBreak;

/** The quota examples of presets.md, and the eligibility rules of domain.md §3. */
class QuotasTests {

    private static final List<TieBreak> DEFAULT_ORDER = List.of(TieBreak.ANNUAL_SCORE, TieBreak.EVALUATION, TieBreak.FEWER_DEDUCTIONS);
    private static final Rule ONE_THIRD = new Rule("优秀", "合格", 1, 3, null, null, DEFAULT_ORDER);

    @Test
    void aBranchOfTenWithFiveQualifyingGetsThreeAndTheOtherTwoAreOverQuota() {
        List<Candidate> branch = new ArrayList<>();
        int[] scores = { 95, 94, 93, 92, 91, 88, 85, 80, 75, 70 };
        for (int i = 0; i < scores.length; i++) {
            branch.add(candidate("m" + i, scores[i], 90, 0, scores[i] >= 90 ? "优秀" : "合格", false));
        }

        List<Placement> placed = Quotas.apply(branch, ONE_THIRD);

        assertThat(Quotas.cap(10, 1, 3)).isEqualTo(3);
        assertThat(placed).filteredOn(placement -> placement.grade().equals("优秀")).extracting(Placement::id)
            .containsExactly("m0", "m1", "m2");
        assertThat(placed).filteredOn(placement -> placement.flag() == Flag.OVER_QUOTA).extracting(Placement::id)
            .containsExactly("m3", "m4");
        assertThat(placed.get(3).grade()).isEqualTo("合格");
    }

    @Test
    void campaignCapsAreExactFloors() {
        assertThat(Quotas.cap(10, 3, 10)).isEqualTo(3);
        assertThat(Quotas.cap(7, 3, 10)).isEqualTo(2);
        assertThat(Quotas.cap(9, 1, 3)).isEqualTo(3);
        assertThat(Quotas.cap(2, 1, 3)).isZero();
    }

    @Test
    void tiesAtTheCutLineAreBrokenByEvaluationThenFewerDeductionsAndTheVetoedNeverMakeIt() {
        List<Candidate> branch = List.of(
                candidate("a", 96, 90, 0, "优秀", true),
                candidate("b", 92, 88, 0, "优秀", false),
                candidate("c", 92, 95, 2, "优秀", false),
                candidate("d", 92, 95, 0, "优秀", false),
                candidate("e", 80, 90, 0, "合格", false),
                candidate("f", 70, 90, 0, "合格", false));

        List<Placement> placed = Quotas.apply(branch, ONE_THIRD);

        assertThat(placed).extracting(Placement::id, Placement::grade, Placement::flag).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", "合格", Flag.VETOED),
                org.assertj.core.groups.Tuple.tuple("b", "合格", Flag.OVER_QUOTA),
                org.assertj.core.groups.Tuple.tuple("c", "优秀", null),
                org.assertj.core.groups.Tuple.tuple("d", "优秀", null),
                org.assertj.core.groups.Tuple.tuple("e", "合格", null),
                org.assertj.core.groups.Tuple.tuple("f", "合格", null));
    }

    @Test
    void onlyTheTopThreeOfTheBranchAndOnlyFromTheMinimumScore() {
        Rule seed002 = new Rule("优秀", "合格", null, null, 3, null, DEFAULT_ORDER);
        Rule fromHundred = new Rule("优秀", "良好", 1, 1, null, new BigDecimal("100"), DEFAULT_ORDER);
        List<Candidate> branch = List.of(candidate("a", 99, 90, 0, "优秀", false), candidate("b", 98, 90, 0, "优秀", false),
                candidate("c", 97, 90, 0, "优秀", false), candidate("d", 96, 90, 0, "优秀", false));

        assertThat(Quotas.apply(branch, seed002)).extracting(Placement::flag).containsExactly(null, null, null, Flag.OUTSIDE_TOP_N);
        assertThat(Quotas.apply(branch, fromHundred)).extracting(Placement::flag).containsOnly(Flag.BELOW_MINIMUM);
    }

    private static Candidate candidate(String id, int annual, int evaluation, int deductions, String grade, boolean vetoed) {
        return new Candidate(id, Rational.of(annual), Rational.of(evaluation), Rational.of(deductions), grade, vetoed);
    }
}
