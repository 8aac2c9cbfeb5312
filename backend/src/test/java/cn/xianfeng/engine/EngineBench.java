package cn.xianfeng.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.xianfeng.engine.ScoringInput.Ballots;
import cn.xianfeng.engine.ScoringInput.Entry;

/**
 * {@code make bench}: scores 1,000,000 member-years (12 months, ~10 entries a month, the P1 scheme with
 * quarterly means of monthly scores) on one thread, as a year-end run does (without building explanations),
 * and prints the rate with explanations too. Prints; asserts no timing.
 */
@Tag("bench")
class EngineBench {

    private static final int YEAR = 2026;
    private static final int MEMBER_YEARS = Integer.getInteger("bench.memberYears", 1_000_000);
    /** Distinct ledgers, cycled: generating 120 million entries up front would measure the heap, not the engine. */
    private static final int DISTINCT = 2_000;

    @Test
    void memberYearsPerSecondOnOneThread() {
        Scheme scheme = GoldenSchemes.p1();
        List<ScoringInput> inputs = new ArrayList<>();
        Random random = new Random(42);
        List<String> items = scheme.items().stream().filter(item -> item.rule() instanceof Scheme.Rule.Fixed)
            .map(Scheme.Item::code).filter(code -> !code.equals("P1-DISMISSED")).toList();
        for (int member = 0; member < DISTINCT; member++) {
            List<Entry> entries = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                YearMonth ym = YearMonth.of(YEAR, month);
                for (int e = 0; e < 9; e++) {
                    entries.add(Entry.of(member + "-" + month + "-" + e, items.get(random.nextInt(items.size())), ym, 1));
                }
                entries.add(GoldenSchemes.range(member + "-" + month + "-r", "P1-ROLE", ym, String.valueOf(random.nextInt(21))));
            }
            inputs.add(new ScoringInput(scheme, YEAR, ScoringInput.wholeYear(YEAR), Set.of(), entries,
                    new Ballots(random.nextInt(20), random.nextInt(5), random.nextInt(3))));
        }
        ScoringEngine engine = ScoringEngine.withoutExplanations();
        ScoringEngine explaining = new ScoringEngine();
        assertThat(engine.score(inputs.getFirst()).annual()).as("the same numbers either way")
            .isEqualTo(explaining.score(inputs.getFirst()).annual());
        for (int warmUp = 0; warmUp < 20_000; warmUp++) {
            engine.score(inputs.get(warmUp % DISTINCT));
        }

        long started = System.nanoTime();
        long checksum = 0;
        for (int i = 0; i < MEMBER_YEARS; i++) {
            checksum += engine.score(inputs.get(i % DISTINCT)).annual().unscaledValue().longValue();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(checksum).isPositive();
        int explained = MEMBER_YEARS / 10;
        started = System.nanoTime();
        for (int i = 0; i < explained; i++) {
            checksum += explaining.score(inputs.get(i % DISTINCT)).annual().unscaledValue().longValue();
        }
        double explainedSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%nBENCH engine with explanation trees: %,d member-years in %.1f s = %,.0f member-years/s%n", explained,
                explainedSeconds, explained / explainedSeconds);
        System.out.printf("BENCH engine (year-end run, no trees): %,d member-years (12 months, 10 entries a month, P1) in %.1f s on one thread = %,.0f member-years/s"
                + " (target: 1,000,000 under 60 s — %s)%n%n", MEMBER_YEARS, seconds, MEMBER_YEARS / seconds,
                MEMBER_YEARS == 1_000_000 ? (seconds < 60 ? "met" : "NOT met") : "scaled run");
    }
}
