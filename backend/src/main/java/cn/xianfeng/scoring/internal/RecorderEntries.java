package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.SchemeItem;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * What the branch's recorder, secretaries (or an admin above) put on the ledger directly, and their corrections:
 * a correction is a new row replacing the one it corrects, with the reason; the ledger keeps both.
 */
@Service
class RecorderEntries {

    private final MemberDirectory members;
    private final MemberSchemes schemes;
    private final Ledger ledger;
    private final OrgGuard guard;
    private final Periods periods;
    private final Clock clock;

    RecorderEntries(MemberDirectory members, MemberSchemes schemes, Ledger ledger, OrgGuard guard, Periods periods, Clock clock) {
        this.members = members;
        this.schemes = schemes;
        this.ledger = ledger;
        this.guard = guard;
        this.periods = periods;
        this.clock = clock;
    }

    /** A new entry, for a month the branch has not yet approved. */
    @Transactional
    UUID record(LedgerRequests.RecordEntry request) {
        MemberProfile member = members.readable(request.memberId());
        guard.recorded(member.branchId());
        YearMonth month = YearMonth.parse(request.month());
        periods.requireOpen(member.branchId(), month, "month");
        return append(member, request, Ledger.Source.RECORDER, null);
    }

    /** An entry written as the adjustment of an upheld objection, whatever the month's state (its reason says why). */
    UUID adjust(MemberProfile member, LedgerRequests.RecordEntry request, @Nullable BigDecimal awarded) {
        return append(member, request, Ledger.Source.CORRECTION, awarded);
    }

    private UUID append(MemberProfile member, LedgerRequests.RecordEntry request, Ledger.Source source, @Nullable BigDecimal awarded) {
        YearMonth month = YearMonth.parse(request.month());
        if (month.isAfter(ChinaCalendar.thisMonth(clock))) {
            throw new InvalidInputException("month", "entry.month.future");
        }
        AppliedScheme scheme = schemes.of(member, month.getYear(), "month");
        SchemeItem item = MemberSchemes.item(scheme, request.item(), member);
        List<FieldCode> problems = ItemValues.problems(item, request.quantity(), request.points(), request.level());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ledger.append(new Ledger.NewEntry(member.id(), member.branchId(), member.branchPath(), month, item.code(),
                ItemValues.quantity(item, request.quantity()), ItemValues.level(item, request.level()), ItemValues.points(item, request.points()),
                awarded, blankToNull(request.achievement()), source, null, null, false, blankToNull(request.reason()),
                scheme.versionId()), null);
    }

    @Transactional
    UUID correct(UUID entryId, LedgerRequests.Correct request) {
        Ledger.Entry original = ledger.find(entryId).filter(entry -> guard.canRead(entry.branchId()))
            .orElseThrow(() -> new NotFoundException("ledger.entry.not-found"));
        guard.recorded(original.branchId());
        if (original.voided() || ledger.isReplaced(entryId)) {
            throw new ConflictException("ledger.entry.replaced", List.of());
        }
        MemberProfile member = members.readable(original.memberId());
        AppliedScheme scheme = schemes.of(member, original.month().getYear(), "item");
        SchemeItem item = MemberSchemes.item(scheme, original.itemCode(), member);
        BigDecimal quantity = request.quantity() != null ? ItemValues.quantity(item, request.quantity()) : original.quantity();
        BigDecimal points = request.points() != null ? request.points() : original.points();
        String level = request.level() != null ? request.level() : original.level();
        if (!request.voiding()) {
            boolean changes = request.quantity() != null || request.points() != null || request.level() != null || request.awarded() != null;
            if (!changes) {
                throw new InvalidInputException("awarded", "declaration.adjust.nothing");
            }
            List<FieldCode> problems = new ArrayList<>(ItemValues.unused(item, request.quantity(), request.points(), request.level()));
            problems.addAll(ItemValues.problems(item, quantity, points, level));
            if (problems.isEmpty() && request.awarded() == null && sameValues(original, quantity, points, level)) {
                // A correction that corrects nothing would be saved as if it had, and change no score.
                problems.add(new FieldCode(request.quantity() != null ? "quantity" : request.points() != null ? "points" : "level",
                        "entry.correction.same"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        return ledger.append(new Ledger.NewEntry(member.id(), original.branchId(), member.branchPath(), original.month(), original.itemCode(),
                quantity, level, points, request.voiding() ? null : request.awarded(), original.achievement(), Ledger.Source.CORRECTION,
                original.sourceId(), original.id(), request.voiding(), request.reason().strip(), scheme.versionId()), original);
    }

    private static boolean sameValues(Ledger.Entry original, BigDecimal quantity, @Nullable BigDecimal points, @Nullable String level) {
        return quantity.compareTo(original.quantity()) == 0
                && (points == null ? original.points() == null : original.points() != null && points.compareTo(original.points()) == 0)
                && java.util.Objects.equals(level, original.level());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
