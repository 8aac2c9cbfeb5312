package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.engine.Explanation;
import cn.xianfeng.engine.ScoreResult;
import cn.xianfeng.engine.ScoringEngine;
import cn.xianfeng.engine.ScoringInput;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.schemes.AppliedScheme;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A member's year so far, scored by the engine from the ledger rows that count, with the explanation tree: the
 * months up to the current one (Beijing time), without the exempt months.
 */
@Service
class MemberScores {

    private final MemberDirectory members;
    private final MemberSchemes schemes;
    private final Ledger ledger;
    private final Clock clock;
    private final ScoringEngine engine = new ScoringEngine();

    MemberScores(MemberDirectory members, MemberSchemes schemes, Ledger ledger, Clock clock) {
        this.members = members;
        this.schemes = schemes;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The member's scores; the member themselves, or anyone reaching their branch (404 otherwise). */
    @Transactional(readOnly = true)
    MemberYear of(UUID memberId, int year) {
        return score(members.readable(memberId), year);
    }

    /** The member's year, for a caller whose right to see it is already settled (e.g. a branch's publicity). */
    MemberYear score(MemberProfile member, int year) {
        return scoreAll(List.of(member), year).get(member.id());
    }

    /**
     * Several members' years (a branch's list or register), in their order: the ledger and the exemptions are read
     * once for all of them, the scheme once per branch; each member is then scored by the engine.
     */
    Map<UUID, MemberYear> scoreAll(List<MemberProfile> all, int year) {
        return scoreAll(all, year, ledger.counting(all.stream().map(MemberProfile::id).toList(), year));
    }

    /** {@link #scoreAll(List, int)} over rows the caller has read already (it shows them too). */
    Map<UUID, MemberYear> scoreAll(List<MemberProfile> all, int year, Map<UUID, List<Ledger.Entry>> rows) {
        Map<UUID, Set<YearMonth>> exemptions = members.exemptMonths(all.stream().map(MemberProfile::id).toList(), year);
        Map<String, AppliedScheme> byBranch = new HashMap<>();
        Set<YearMonth> months = monthsSoFar(year);
        Map<UUID, MemberYear> scored = new LinkedHashMap<>();
        for (MemberProfile member : all) {
            AppliedScheme scheme = byBranch.computeIfAbsent(member.branchPath(), path -> schemes.of(member, year, "year"));
            List<ScoringInput.Entry> entries = new ArrayList<>();
            List<UUID> outsideScheme = new ArrayList<>();
            for (Ledger.Entry row : rows.getOrDefault(member.id(), List.of())) {
                if (scheme.item(row.itemCode()).isPresent()) {
                    entries.add(row.forEngine());
                } else {
                    outsideScheme.add(row.id());
                }
            }
            Set<YearMonth> exempt = exemptions.getOrDefault(member.id(), Set.of());
            ScoreResult result = engine.score(new ScoringInput(scheme.engine(), year, months, exempt, entries, null));
            NotGraded notGraded = NotGraded.of(member, months, exempt);
            scored.put(member.id(), new MemberYear(member.id(), member.name(), member.branchName(), year, scheme.schemeId(), scheme.versionId(),
                    scheme.name(), result.periods(), result.quarters(), result.interim(), result.yearScore(), result.annual(),
                    notGraded == null ? result.grade() : null, notGraded,
                    result.vetoes(), exempt.stream().sorted().map(YearMonth::toString).toList(), outsideScheme, result.explanation(), null, null));
        }
        return scored;
    }

    /**
     * The member's place in their own branch by annual score (ties share a place), among the graded members — only
     * where the scheme turns ranking on; branches are never ranked against each other (seed 002).
     */
    MemberYear withRankInBranch(MemberProfile member, MemberYear year) {
        AppliedScheme scheme = schemes.of(member, year.year(), "year");
        if (!scheme.rankingInBranch()) {
            return year;
        }
        List<MemberProfile> graded = members.branchmates().stream().filter(mate -> mate.status() != MemberStatus.ACTIVIST).toList();
        Map<UUID, MemberYear> mates = scoreAll(graded.stream().filter(mate -> !mate.id().equals(member.id())).toList(), year.year());
        List<java.math.BigDecimal> annuals = graded.stream()
            .map(mate -> mate.id().equals(member.id()) ? year.annual() : mates.get(mate.id()).annual()).toList();
        int place = 1 + (int) annuals.stream().filter(annual -> annual.compareTo(year.annual()) > 0).count();
        return new MemberYear(year.memberId(), year.memberName(), year.branchName(), year.year(), year.schemeId(), year.schemeVersionId(),
                year.schemeName(), year.periods(), year.quarters(), year.interim(), year.yearScore(), year.annual(), year.grade(),
                year.notGraded(), year.vetoes(),
                year.exemptMonths(), year.outsideScheme(), year.explanation(), place, annuals.size());
    }

    private Set<YearMonth> monthsSoFar(int year) {
        YearMonth now = ChinaCalendar.thisMonth(clock);
        Set<YearMonth> months = new TreeSet<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth candidate = YearMonth.of(year, month);
            if (!candidate.isAfter(now)) {
                months.add(candidate);
            }
        }
        return months;
    }

    /**
     * Why a member is scored but given no grade: an activist is scored for observation only (seed 001: "纳入积分管理范围,
     * 但不参与评定等次"); a member exempt for every month so far was not under points management at all.
     */
    enum NotGraded {
        ACTIVIST, EXEMPT_ALL_YEAR;

        static @Nullable NotGraded of(MemberProfile member, Set<YearMonth> months, Set<YearMonth> exempt) {
            if (member.status() == MemberStatus.ACTIVIST) {
                return ACTIVIST;
            }
            return !months.isEmpty() && exempt.containsAll(months) ? EXEMPT_ALL_YEAR : null;
        }
    }

    /** A member's year: the engine's result over the ledger, with the rows it could not place (items no longer in the scheme). */
    record MemberYear(UUID memberId, String memberName, String branchName, int year, UUID schemeId, UUID schemeVersionId, String schemeName,
            List<ScoreResult.PeriodScore> periods, List<ScoreResult.PeriodScore> quarters,
            @Schema(types = {"number", "null"}) @Nullable BigDecimal interim,
            BigDecimal yearScore, BigDecimal annual,
            @Schema(types = {"string", "null"}, description = "The grade the score reaches; null where the member is not graded") @Nullable String grade,
            @Schema(types = {"string", "null"}, description = "Why the member is not graded this year; null where graded") @Nullable NotGraded notGraded,
            List<String> vetoes,
            @Schema(description = "Months under an approved exemption, YYYY-MM: not scored") List<String> exemptMonths,
            @Schema(description = "Ledger rows whose item the current scheme no longer has: not scored") List<UUID> outsideScheme,
            Explanation explanation,
            @Schema(types = {"integer", "null"}, description = "Place in the own branch, where the scheme ranks") @Nullable Integer rankInBranch,
            @Schema(types = {"integer", "null"}, description = "Graded members ranked in the branch") @Nullable Integer rankedInBranch) {
    }
}
