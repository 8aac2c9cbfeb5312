package cn.xianfeng.scoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.organization.MemberDirectory;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.organization.ReachedOrg;
import cn.xianfeng.schemes.ActivityKind;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.AttendanceItems;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.scoring.ActivityChanged;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

/**
 * Branch activities and their attendance, kept by the branch's recorder or secretaries (nobody checks in).
 * Finalising writes each participant's ledger entries through the scheme's attendance items for the kind of
 * activity; changing attendance afterwards (with a reason) voids the entries no longer due and adds the new ones.
 */
@Service
class Activities {

    private final JdbcClient jdbc;
    private final OrgGuard guard;
    private final MemberDirectory members;
    private final SchemeCatalog catalog;
    private final Ledger ledger;
    private final Periods periods;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Activities(JdbcClient jdbc, OrgGuard guard, MemberDirectory members, SchemeCatalog catalog, Ledger ledger, Periods periods,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.members = members;
        this.catalog = catalog;
        this.ledger = ledger;
        this.periods = periods;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    UUID schedule(ActivityRequests.Schedule request) {
        ReachedOrg branch = guard.recorded(request.branchId());
        if (branch.org().type() != OrgType.BRANCH) {
            throw new InvalidInputException("branchId", "activity.branch.type");
        }
        List<MemberProfile> ofBranch = members.ofBranch(branch.org().id());
        if (request.groupId() != null && !isGroupOf(request.groupId(), branch)) {
            throw new InvalidInputException("groupId", "activity.group.not-in-branch");
        }
        List<UUID> participants;
        if (request.participantIds() != null) {
            Set<UUID> inBranch = new HashSet<>(ofBranch.stream().map(MemberProfile::id).toList());
            List<FieldCode> problems = new ArrayList<>();
            for (int i = 0; i < request.participantIds().size(); i++) {
                if (!inBranch.contains(request.participantIds().get(i))) {
                    members.readable(request.participantIds().get(i)); // out of reach: 404, as if there were no such member
                    problems.add(new FieldCode("participantIds[" + i + "]", "activity.participant.not-in-branch"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            participants = request.participantIds().stream().distinct().toList();
        } else {
            participants = ofBranch.stream().filter(member -> request.groupId() == null || request.groupId().equals(member.groupId()))
                .map(MemberProfile::id).toList();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into activities (tenant_id, id, org_id, branch_id, kind, title, held_on, location, status, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?)""")
            .params(BoundTenant.id(), id, request.groupId() == null ? branch.org().id() : request.groupId(), branch.org().id(), request.kind().name(),
                    request.title().strip(), request.heldOn(), blankToNull(request.location()), TenantContext.userId().orElseThrow())
            .update();
        participants.forEach(member -> jdbc.sql("insert into activity_participants (tenant_id, activity_id, member_id) values (?, ?, ?)")
            .params(BoundTenant.id(), id, member).update());
        events.publishEvent(new ActivityChanged(ActivityChanged.Kind.SCHEDULED, id, null, snapshot(row(id), null), branch.path()));
        return id;
    }

    @Transactional
    void mark(UUID id, ActivityRequests.MarkAttendance request) {
        Row before = recorded(id);
        boolean finalised = before.status().equals("FINALISED");
        String reason = blankToNull(request.reason());
        if (finalised && reason == null) {
            throw new InvalidInputException("reason", "activity.correction.reason");
        }
        Set<UUID> inBranch = new HashSet<>(members.ofBranch(before.branchId()).stream().map(MemberProfile::id).toList());
        List<FieldCode> problems = new ArrayList<>();
        for (int i = 0; i < request.marks().size(); i++) {
            if (!inBranch.contains(request.marks().get(i).memberId())) {
                members.readable(request.marks().get(i).memberId()); // out of reach: 404, as if there were no such member
                problems.add(new FieldCode("marks[" + i + "].memberId", "activity.participant.not-in-branch"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        bump(id, request.version());
        for (ActivityRequests.Mark mark : request.marks()) {
            jdbc.sql("""
                    insert into activity_participants (tenant_id, activity_id, member_id, attendance, host, minutes) values (?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, activity_id, member_id) do update
                    set attendance = excluded.attendance, host = excluded.host, minutes = excluded.minutes""")
                .params(BoundTenant.id(), id, mark.memberId(), mark.attendance().name(), mark.hosted(), mark.tookMinutes()).update();
        }
        Row after = row(id);
        if (finalised) {
            AppliedScheme scheme = schemeFor(after);
            Map<UUID, List<Ledger.Entry>> written = new LinkedHashMap<>();
            ledger.countingFrom(id).forEach(entry -> written.computeIfAbsent(entry.memberId(), member -> new ArrayList<>()).add(entry));
            for (ActivityRequests.Mark mark : request.marks()) {
                settle(after, scheme, mark.memberId(), written.getOrDefault(mark.memberId(), List.of()), reason);
            }
        }
        events.publishEvent(new ActivityChanged(finalised ? ActivityChanged.Kind.ATTENDANCE_CORRECTED : ActivityChanged.Kind.ATTENDANCE_MARKED,
                id, snapshot(before, null), snapshot(after, reason), path(after)));
    }

    @Transactional
    void finalise(UUID id, long version) {
        Row before = recorded(id);
        if (before.status().equals("FINALISED")) {
            throw new ConflictException("activity.finalised", List.of());
        }
        if (before.heldOn().isAfter(ChinaCalendar.today(clock))) {
            throw new InvalidInputException("heldOn", "activity.not-held-yet");
        }
        periods.requireOpen(before.branchId(), YearMonth.from(before.heldOn()), "heldOn");
        long unmarked = before.participants().stream().filter(participant -> participant.attendance() == null).count();
        if (unmarked > 0) {
            throw new InvalidInputException(List.of(new FieldCode("marks", "activity.attendance.unmarked", String.valueOf(unmarked))));
        }
        AppliedScheme scheme = schemeFor(before);
        bump(id, version);
        jdbc.sql("update activities set status = 'FINALISED', finalised_at = ?, finalised_by = ? where tenant_id = ? and id = ?")
            .params(OffsetDateTime.now(clock), TenantContext.userId().orElseThrow(), BoundTenant.id(), id).update();
        Row after = row(id);
        for (Participant participant : after.participants()) {
            settle(after, scheme, participant.memberId(), List.of(), null);
        }
        events.publishEvent(new ActivityChanged(ActivityChanged.Kind.FINALISED, id, snapshot(before, null), snapshot(after, null), path(after)));
    }

    /**
     * Brings a participant's ledger rows from this activity to what their attendance is due: rows no longer due are
     * voided, missing ones added; rows still due stay as they are.
     */
    private void settle(Row activity, AppliedScheme scheme, UUID memberId, List<Ledger.Entry> written, @Nullable String reason) {
        MemberProfile member = members.readable(memberId);
        Participant participant = activity.participants().stream().filter(candidate -> candidate.memberId().equals(memberId)).findFirst()
            .orElseThrow();
        List<String> due = new ArrayList<>(due(scheme, activity.kind(), participant).stream()
            .filter(code -> scheme.item(code).map(item -> item.appliesTo(member)).orElse(false)).toList());
        for (Ledger.Entry entry : written) {
            if (!due.remove(entry.itemCode())) {
                ledger.append(new Ledger.NewEntry(memberId, entry.branchId(), member.branchPath(), entry.month(), entry.itemCode(),
                        entry.quantity(), entry.level(), entry.points(), null, entry.achievement(), Ledger.Source.CORRECTION, activity.id(),
                        entry.id(), true, reason, entry.schemeVersionId()), entry);
            }
        }
        for (String code : due) {
            ledger.append(new Ledger.NewEntry(memberId, activity.branchId(), member.branchPath(), YearMonth.from(activity.heldOn()), code,
                    BigDecimal.ONE, null, null, null, null, Ledger.Source.ATTENDANCE, activity.id(), null, false, reason, scheme.versionId()), null);
        }
    }

    /** The items a participant's attendance writes (present, late and leaving early also count as attending). */
    static List<String> due(AppliedScheme scheme, ActivityKind kind, Participant participant) {
        Optional<AttendanceItems> items = scheme.attendanceOf(kind);
        if (items.isEmpty() || participant.attendance() == null) {
            return List.of();
        }
        AttendanceItems mapping = items.get();
        List<String> codes = new ArrayList<>();
        switch (participant.attendance()) {
            case "PRESENT" -> add(codes, mapping.present());
            case "LATE" -> {
                add(codes, mapping.present());
                add(codes, mapping.late());
            }
            case "LEFT_EARLY" -> {
                add(codes, mapping.present());
                add(codes, mapping.leftEarly());
            }
            case "ABSENT" -> add(codes, mapping.absent());
            default -> { }
        }
        boolean attended = !participant.attendance().equals("ABSENT") && !participant.attendance().equals("LEAVE");
        if (attended && participant.host()) {
            add(codes, mapping.host());
        }
        if (attended && participant.minutes()) {
            add(codes, mapping.minutes());
        }
        return codes;
    }

    private static void add(List<String> codes, @Nullable String code) {
        if (code != null) {
            codes.add(code);
        }
    }

    private AppliedScheme schemeFor(Row activity) {
        String branchPath = path(activity);
        return catalog.applyingTo(branchPath, activity.heldOn().getYear())
            .orElseThrow(() -> new InvalidInputException(List.of(new FieldCode("heldOn", "scoring.no-scheme",
                    String.valueOf(activity.heldOn().getYear())))));
    }

    private String path(Row activity) {
        return guard.readable(activity.branchId()).path();
    }

    /** The activity for the branch's record keepers: 404 out of reach, 403 when only readable. */
    private Row recorded(UUID id) {
        Row row = readable(id);
        guard.recorded(row.branchId());
        return row;
    }

    @Transactional(readOnly = true)
    Row readable(UUID id) {
        return find(id).filter(row -> guard.canRead(row.branchId())).orElseThrow(() -> new NotFoundException("activity.not-found"));
    }

    /** The version check first, so a stale form changes nothing (409). */
    private void bump(UUID id, long version) {
        int updated = jdbc.sql("update activities set version = version + 1 where tenant_id = ? and id = ? and version = ?")
            .params(BoundTenant.id(), id, version).update();
        if (updated == 0) {
            throw new ConflictException("activity.stale", List.of());
        }
    }

    private Optional<Row> find(UUID id) {
        return TenantContext.tenantId().flatMap(tenant -> jdbc.sql(SELECT + " where a.tenant_id = ? and a.id = ?")
            .params(tenant, id)
            .query((rs, index) -> toRow(rs, participants(tenant, rs.getObject(1, UUID.class))))
            .optional());
    }

    /**
     * The activities under an org the caller reaches, in a month or any, latest first (at most 500): two queries
     * however many there are.
     */
    @Transactional(readOnly = true)
    List<Row> under(UUID orgId, @Nullable YearMonth month) {
        String path = guard.readable(orgId).path();
        LocalDate first = month == null ? null : month.atDay(1);
        LocalDate end = first == null ? null : first.plusMonths(1);
        List<Row> found = jdbc.sql(SELECT + " join orgs o on o.tenant_id = a.tenant_id and o.id = a.branch_id " + """
                where a.tenant_id = ? and o.path <@ ?::ltree and (?::date is null or (a.held_on >= ? and a.held_on < ?))
                order by a.held_on desc, a.created_at desc limit 500""")
            .params(BoundTenant.id(), path, first, first, end)
            .query((rs, index) -> toRow(rs, List.of())).list();
        Map<UUID, List<Participant>> participants = new HashMap<>();
        jdbc.sql(PARTICIPANTS + " where p.tenant_id = ? and p.activity_id = any(?) order by m.name, m.id")
            .params(BoundTenant.id(), found.stream().map(Row::id).toArray(UUID[]::new))
            .query((rs, index) -> participants.computeIfAbsent(rs.getObject(6, UUID.class), activity -> new ArrayList<>()).add(toParticipant(rs)))
            .list();
        return found.stream().map(row -> row.withParticipants(participants.getOrDefault(row.id(), List.of()))).toList();
    }

    private static final String SELECT = "select a.id, a.org_id, a.branch_id, a.kind, a.title, a.held_on, a.location, a.status, a.version from activities a";

    private static final String PARTICIPANTS = """
            select p.member_id, m.name, p.attendance, p.host, p.minutes, p.activity_id from activity_participants p
            join members m on m.tenant_id = p.tenant_id and m.id = p.member_id""";

    private static Row toRow(java.sql.ResultSet rs, List<Participant> participants) throws java.sql.SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), ActivityKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getLong(9), participants);
    }

    private static Participant toParticipant(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Participant(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5));
    }

    private Row row(UUID id) {
        return find(id).orElseThrow();
    }

    private List<Participant> participants(UUID tenant, UUID activityId) {
        return jdbc.sql(PARTICIPANTS + " where p.tenant_id = ? and p.activity_id = ? order by m.name, m.id")
            .params(tenant, activityId)
            .query((rs, index) -> toParticipant(rs))
            .list();
    }

    private boolean isGroupOf(UUID groupId, ReachedOrg branch) {
        if (!guard.canRead(groupId)) {
            return false;
        }
        ReachedOrg group = guard.readable(groupId);
        return group.org().type() == OrgType.GROUP && group.path().startsWith(branch.path() + ".");
    }

    private static ActivityChanged.Snapshot snapshot(Row row, @Nullable String reason) {
        Map<UUID, String> attendance = new LinkedHashMap<>();
        row.participants().forEach(participant -> attendance.put(participant.memberId(), participant.attendance() == null ? "—"
                : participant.attendance() + (participant.host() ? "+HOST" : "") + (participant.minutes() ? "+MINUTES" : "")));
        return new ActivityChanged.Snapshot(row.kind().name(), row.title(), row.heldOn(), row.status(), attendance, reason);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record Participant(UUID memberId, String name, @Nullable String attendance, boolean host, boolean minutes) {
    }

    record Row(UUID id, UUID orgId, UUID branchId, ActivityKind kind, String title, LocalDate heldOn, @Nullable String location, String status,
            long version, List<Participant> participants) {

        Row withParticipants(List<Participant> all) {
            return new Row(id, orgId, branchId, kind, title, heldOn, location, status, version, all);
        }
    }
}
