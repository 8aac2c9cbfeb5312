package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final Clock clock;

    RecorderEntries(MemberDirectory members, MemberSchemes schemes, Ledger ledger, OrgGuard guard, Clock clock) {
        this.members = members;
        this.schemes = schemes;
        this.ledger = ledger;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    UUID record(LedgerRequests.RecordEntry request) {
        MemberProfile member = members.readable(request.memberId());
        guard.recorded(member.branchId());
        YearMonth month = YearMonth.parse(request.month());
        if (month.isAfter(YearMonth.now(clock.withZone(Declarations.CHINA)))) {
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
                null, blankToNull(request.achievement()), Ledger.Source.RECORDER, null, null, false, blankToNull(request.reason()),
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
            List<FieldCode> problems = ItemValues.problems(item, quantity, points, level);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        return ledger.append(new Ledger.NewEntry(member.id(), original.branchId(), member.branchPath(), original.month(), original.itemCode(),
                quantity, level, points, request.voiding() ? null : request.awarded(), original.achievement(), Ledger.Source.CORRECTION,
                original.sourceId(), original.id(), request.voiding(), request.reason().strip(), scheme.versionId()), original);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
