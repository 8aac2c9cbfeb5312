package cn.xianfeng.organization.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.calendar.ChinaCalendar;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.MembersImported;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ImportRejectedException;
import cn.xianfeng.web.ImportRejectedException.RowError;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;

/**
 * Imports members from the spreadsheet: every row is checked first (values, the branch and group within what
 * the caller manages, mobile numbers unique in the file and in the institution); one bad row and nothing is
 * imported, with every bad row listed; otherwise all rows go in, in one transaction, as one batch.
 */
@Service
class MemberImport {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final OrgAccess access;
    private final Orgs orgs;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberImport(OrgAccess access, Orgs orgs, JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports the file's rows into the subtrees the caller manages (or only under {@code orgId}); returns the
     * count. Where the rows may go is settled before the file is read.
     */
    @Transactional
    int importFile(InputStreamSource file, @Nullable UUID orgId, String fileName) {
        OrgAccess.Reach reach = access.reach();
        List<String> scope = scope(reach, orgId);
        List<Spreadsheet.Line> rows = read(file);
        if (rows.size() > Spreadsheet.MAX_ROWS) {
            throw new ImportRejectedException(List.of(new RowError(Spreadsheet.MAX_ROWS + 2, MemberSheet.NAME,
                    "import.too-many-rows", String.valueOf(Spreadsheet.MAX_ROWS))));
        }
        Places places = places(scope);
        Set<String> takenMobiles = new HashSet<>(jdbc.sql("select mobile from members where tenant_id = ? and mobile is not null")
            .param(tenant()).query(String.class).list());
        Map<String, Integer> mobilesInFile = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Spreadsheet.Line row : rows) {
            List<RowError> rowErrors = new ArrayList<>();
            Object[] insert = check(row, places, takenMobiles, mobilesInFile, rowErrors);
            errors.addAll(rowErrors);
            if (rowErrors.isEmpty()) {
                inserts.add(insert);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        batch.batchUpdate("""
                insert into members (tenant_id, id, name, gender, status, post_type, leader_cadre, joined_on, branch_id,
                                     group_id, mobile, email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        events.publishEvent(new MembersImported(UUID.randomUUID(), fileName, inserts.size(), scope.getFirst()));
        return inserts.size();
    }

    private Object[] check(Spreadsheet.Line row, Places places, Set<String> takenMobiles,
            Map<String, Integer> mobilesInFile, List<RowError> errors) {
        int number = row.number();
        String name = row.get(MemberSheet.NAME);
        if (name.isEmpty()) {
            errors.add(new RowError(number, MemberSheet.NAME, "import.required"));
        }
        else if (name.length() > 50) {
            errors.add(new RowError(number, MemberSheet.NAME, "member.name.too-long"));
        }
        var gender = choice(row, MemberSheet.GENDER, MemberSheet.GENDERS, false, errors);
        MemberStatus status = choice(row, MemberSheet.STATUS, MemberSheet.STATUSES, true, errors);
        var postType = choice(row, MemberSheet.POST_TYPE, MemberSheet.POST_TYPES, true, errors);
        Boolean leaderCadre = choice(row, MemberSheet.LEADER_CADRE, MemberSheet.YES_NO, false, errors);
        LocalDate joinedOn = joinedOn(row, status, errors);
        Org branch = places.branch(row.get(MemberSheet.BRANCH), number, errors);
        Org group = branch == null ? null : places.group(branch, row.get(MemberSheet.GROUP), number, errors);
        String mobile = mobile(row, takenMobiles, mobilesInFile, errors);
        String email = row.get(MemberSheet.EMAIL).toLowerCase(java.util.Locale.ROOT);
        if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
            errors.add(new RowError(number, MemberSheet.EMAIL, "member.email.invalid"));
        }
        return new Object[] { tenant(), UUID.randomUUID(), name, gender == null ? null : gender.name(),
            status == null ? null : status.name(), postType == null ? null : postType.name(),
            Boolean.TRUE.equals(leaderCadre), joinedOn, branch == null ? null : branch.id(),
            group == null ? null : group.id(), mobile, email.isEmpty() ? null : email };
    }

    private static <T> @Nullable T choice(Spreadsheet.Line row, String column, Map<String, T> choices,
            boolean required, List<RowError> errors) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (required) {
                errors.add(new RowError(row.number(), column, "import.required"));
            }
            return null;
        }
        T value = choices.get(text);
        if (value == null) {
            errors.add(new RowError(row.number(), column, "import.one-of", String.join("、", choices.keySet().stream().sorted().toList())));
        }
        return value;
    }

    private @Nullable LocalDate joinedOn(Spreadsheet.Line row, @Nullable MemberStatus status, List<RowError> errors) {
        String text = row.get(MemberSheet.JOINED_ON);
        if (text.isEmpty()) {
            if (status != null && status.hasJoined()) {
                errors.add(new RowError(row.number(), MemberSheet.JOINED_ON, "member.joinedOn.required"));
            }
            return null;
        }
        LocalDate date = Spreadsheet.parseDate(text).orElse(null);
        if (date == null) {
            errors.add(new RowError(row.number(), MemberSheet.JOINED_ON, "import.date.invalid"));
        }
        else if (date.isAfter(ChinaCalendar.today(clock))) {
            errors.add(new RowError(row.number(), MemberSheet.JOINED_ON, "member.joinedOn.future"));
        }
        return date;
    }

    private static @Nullable String mobile(Spreadsheet.Line row, Set<String> taken, Map<String, Integer> inFile,
            List<RowError> errors) {
        String mobile = row.get(MemberSheet.MOBILE);
        if (mobile.isEmpty()) {
            return null;
        }
        if (!MOBILE.matcher(mobile).matches()) {
            errors.add(new RowError(row.number(), MemberSheet.MOBILE, "member.mobile.invalid"));
        }
        else if (taken.contains(mobile)) {
            errors.add(new RowError(row.number(), MemberSheet.MOBILE, "member.mobile.taken"));
        }
        else if (inFile.containsKey(mobile)) {
            errors.add(new RowError(row.number(), MemberSheet.MOBILE, "import.mobile.repeated", String.valueOf(inFile.get(mobile))));
        }
        else {
            inFile.put(mobile, row.number());
        }
        return mobile;
    }

    private static List<Spreadsheet.Line> read(InputStreamSource file) {
        try (var in = file.getInputStream()) {
            return MemberSheet.read(in);
        }
        catch (IOException | RuntimeException notAnXlsx) {
            throw new InvalidInputException("file", "import.not-xlsx");
        }
    }

    /** Where the caller may put members: the subtrees they manage members in, or one org within them. */
    private List<String> scope(OrgAccess.Reach reach, @Nullable UUID orgId) {
        if (orgId == null) {
            List<String> managed = reach.topPaths(OrgAccess.Grant::managesMembers);
            if (managed.isEmpty()) {
                throw new NotFoundException("org.not-found");
            }
            return managed;
        }
        Org org = access.readable(orgId, reach);
        if (!reach.canManageMembers(org)) {
            throw new cn.xianfeng.web.ForbiddenException("member.not-managed");
        }
        return List.of(org.path());
    }

    /** The open branches and groups in scope, loaded once: by code, by name, and groups by branch. */
    private Places places(List<String> scope) {
        List<Org> inScope = orgs.findOpenBranchesAndGroupsUnder(tenant(), scope.toArray(String[]::new));
        return new Places(inScope);
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow(() -> new IllegalStateException("No tenant bound"));
    }

    private static final class Places {

        private final Map<String, Org> branchByCode = new HashMap<>();
        private final Map<String, List<Org>> branchesByName = new HashMap<>();
        private final Map<UUID, Map<String, Org>> groupsByBranch = new HashMap<>();

        Places(List<Org> orgs) {
            for (Org org : orgs) {
                if (org.type() == OrgType.BRANCH) {
                    if (org.code() != null) {
                        branchByCode.put(org.code(), org);
                    }
                    branchesByName.computeIfAbsent(org.name(), name -> new ArrayList<>()).add(org);
                }
                else {
                    groupsByBranch.computeIfAbsent(org.parentId(), branch -> new HashMap<>()).put(org.name(), org);
                }
            }
        }

        @Nullable
        Org branch(String nameOrCode, int row, List<RowError> errors) {
            if (nameOrCode.isEmpty()) {
                errors.add(new RowError(row, MemberSheet.BRANCH, "import.required"));
                return null;
            }
            Org byCode = branchByCode.get(nameOrCode);
            if (byCode != null) {
                return byCode;
            }
            List<Org> byName = branchesByName.getOrDefault(nameOrCode, List.of());
            if (byName.size() > 1) {
                errors.add(new RowError(row, MemberSheet.BRANCH, "import.branch.ambiguous"));
                return null;
            }
            if (byName.isEmpty()) {
                errors.add(new RowError(row, MemberSheet.BRANCH, "import.branch.unknown"));
                return null;
            }
            return byName.getFirst();
        }

        @Nullable
        Org group(Org branch, String name, int row, List<RowError> errors) {
            if (name.isEmpty()) {
                return null;
            }
            Org group = groupsByBranch.getOrDefault(branch.id(), Map.of()).get(name);
            if (group == null) {
                errors.add(new RowError(row, MemberSheet.GROUP, "member.group.not-in-branch"));
            }
            return group;
        }
    }
}
