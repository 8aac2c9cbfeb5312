package cn.xianfeng.organization.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.BranchDomain;
import cn.xianfeng.organization.OrgType;
import cn.xianfeng.organization.OrgsImported;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ImportRejectedException;
import cn.xianfeng.web.ImportRejectedException.RowError;
import cn.xianfeng.web.InvalidInputException;

/**
 * Imports a tree of org nodes under one parent the caller administers. A row's parent is an open node under
 * that parent, or a row above it in the same file, named by code or by (unique) name; blank means the parent
 * itself. Every row is checked first; one bad row and nothing is created, with every bad row listed.
 */
@Service
class OrgImport {

    static final String NAME = "组织名称";
    static final String TYPE = "组织类型";
    static final String PARENT = "上级组织";
    static final String CODE = "组织编码";
    static final String DOMAIN = "领域";
    static final String SORT_ORDER = "排序号";
    static final List<String> COLUMNS = List.of(NAME, TYPE, PARENT, CODE, DOMAIN, SORT_ORDER);

    private static final Map<String, OrgType> TYPES = Map.of("党委", OrgType.COMMITTEE, "党总支", OrgType.GENERAL_BRANCH,
            "党支部", OrgType.BRANCH, "党小组", OrgType.GROUP);
    private static final Map<String, BranchDomain> DOMAINS = Map.of("农村", BranchDomain.RURAL, "机关", BranchDomain.AGENCY,
            "事业单位", BranchDomain.PUBLIC_INSTITUTION, "国有企业", BranchDomain.STATE_OWNED_ENTERPRISE,
            "非公有制经济组织", BranchDomain.NON_PUBLIC_ENTERPRISE, "社会组织", BranchDomain.SOCIAL_ORGANISATION,
            "社区", BranchDomain.COMMUNITY, "学校", BranchDomain.SCHOOL, "离退休", BranchDomain.RETIRED);
    private static final java.util.regex.Pattern CODE_FORMAT = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,50}");

    private final OrgAccess access;
    private final Orgs orgs;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;

    OrgImport(OrgAccess access, Orgs orgs, JdbcClient jdbc, JdbcTemplate batch,
            ApplicationEventPublisher events) {
        this.access = access;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
    }

    static List<String> example() {
        return List.of("机关第一党支部", "党支部", "机关党总支", "JG-01", "机关", "1");
    }

    static String note() {
        return "说明：组织类型为党委/党总支/党支部/党小组；上级组织填名称或组织编码，可以是本表上方的行，空白表示导入到所选组织之下；"
                + "领域只填党支部（农村、机关、事业单位、国有企业、非公有制经济组织、社会组织、社区、学校、离退休）。请删除示例行后导入。";
    }

    /** Settles where the nodes go (404/403 as for creating one) before reading the file. */
    @Transactional
    int importFile(InputStreamSource file, UUID parentId, String fileName) {
        Org parent = access.administered(parentId, access.reach());
        if (parent.isClosed()) {
            throw new cn.xianfeng.web.ConflictException("org.parent-closed", List.of());
        }
        List<Spreadsheet.Line> lines = read(file);
        if (lines.size() > Spreadsheet.MAX_ROWS) {
            throw new ImportRejectedException(List.of(new RowError(Spreadsheet.MAX_ROWS + 2, NAME,
                    "import.too-many-rows", String.valueOf(Spreadsheet.MAX_ROWS))));
        }
        Nodes nodes = new Nodes(parent, orgs.findOpenUnder(tenant(), parent.path()));
        Set<String> codesTaken = new HashSet<>(jdbc.sql("select code from orgs where tenant_id = ? and code is not null")
            .param(tenant()).query(String.class).list());
        List<RowError> errors = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Spreadsheet.Line line : lines) {
            int errorsBefore = errors.size();
            Node node = check(line, nodes, codesTaken, errors);
            if (errors.size() == errorsBefore && node != null) {
                nodes.add(node);
                inserts.add(new Object[] { tenant(), node.id(), node.parentId(), node.type().name(), node.name(),
                    node.code(), node.domain() == null ? null : node.domain().name(), node.sortOrder(), node.path() });
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        batch.batchUpdate("""
                insert into orgs (tenant_id, id, parent_id, type, name, code, domain, sort_order, path)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::ltree)""", inserts);
        events.publishEvent(new OrgsImported(UUID.randomUUID(), fileName, inserts.size(), parent.path()));
        return inserts.size();
    }

    private @Nullable Node check(Spreadsheet.Line line, Nodes nodes, Set<String> codesTaken, List<RowError> errors) {
        int row = line.number();
        String name = line.get(NAME);
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new RowError(row, NAME, name.isEmpty() ? "import.required" : "org.name.too-long"));
        }
        OrgType type = TYPES.get(line.get(TYPE));
        if (type == null) {
            errors.add(new RowError(row, TYPE, line.get(TYPE).isEmpty() ? "import.required" : "import.one-of",
                    String.join("、", TYPES.keySet().stream().sorted().toList())));
        }
        Node parent = nodes.parent(line.get(PARENT), row, errors);
        if (parent != null && type != null && !parent.type().allowsChild(type)) {
            errors.add(new RowError(row, TYPE, "org.type.not-allowed"));
        }
        String code = line.get(CODE);
        if (!code.isEmpty()) {
            if (!CODE_FORMAT.matcher(code).matches()) {
                errors.add(new RowError(row, CODE, "org.code.invalid"));
            }
            else if (!codesTaken.add(code)) {
                errors.add(new RowError(row, CODE, "org.code.taken"));
            }
        }
        BranchDomain domain = null;
        if (!line.get(DOMAIN).isEmpty()) {
            domain = DOMAINS.get(line.get(DOMAIN));
            if (domain == null) {
                errors.add(new RowError(row, DOMAIN, "import.one-of", String.join("、", DOMAINS.keySet().stream().sorted().toList())));
            }
            else if (type != OrgType.BRANCH) {
                errors.add(new RowError(row, DOMAIN, "org.domain.branch-only"));
            }
        }
        int sortOrder = sortOrder(line, errors);
        if (parent == null || type == null) {
            return null;
        }
        UUID id = UUID.randomUUID();
        return new Node(id, parent.id(), type, name, code.isEmpty() ? null : code, domain, sortOrder,
                Org.childPath(parent.path(), id));
    }

    private static int sortOrder(Spreadsheet.Line line, List<RowError> errors) {
        String text = line.get(SORT_ORDER);
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= 100_000) {
                return value;
            }
        }
        catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(new RowError(line.number(), SORT_ORDER, "org.sortOrder.invalid"));
        return 0;
    }

    private static List<Spreadsheet.Line> read(InputStreamSource file) {
        try (var in = file.getInputStream()) {
            return Spreadsheet.read(in, COLUMNS, Set.of());
        }
        catch (IOException | RuntimeException notAnXlsx) {
            throw new InvalidInputException("file", "import.not-xlsx");
        }
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow(() -> new IllegalStateException("No tenant bound"));
    }

    /** A node as the import sees it: already in the tree, or to be created by a row above. */
    private record Node(UUID id, @Nullable UUID parentId, OrgType type, String name, @Nullable String code,
            @Nullable BranchDomain domain, int sortOrder, String path) {
    }

    /** The nodes a row may name as its parent, by code and by name. */
    private static final class Nodes {

        private final Node importParent;
        private final Map<String, Node> byCode = new HashMap<>();
        private final Map<String, List<Node>> byName = new HashMap<>();

        Nodes(Org parent, List<Org> existing) {
            this.importParent = node(parent);
            existing.forEach(org -> add(node(org)));
        }

        void add(Node node) {
            if (node.code() != null) {
                byCode.put(node.code(), node);
            }
            byName.computeIfAbsent(node.name(), name -> new ArrayList<>()).add(node);
        }

        @Nullable
        Node parent(String nameOrCode, int row, List<RowError> errors) {
            if (nameOrCode.isEmpty()) {
                return importParent;
            }
            if (byCode.containsKey(nameOrCode)) {
                return byCode.get(nameOrCode);
            }
            List<Node> named = byName.getOrDefault(nameOrCode, List.of());
            if (named.size() == 1) {
                return named.getFirst();
            }
            errors.add(new RowError(row, PARENT, named.isEmpty() ? "import.parent.unknown" : "import.parent.ambiguous"));
            return null;
        }

        private static Node node(Org org) {
            return new Node(org.id(), org.parentId(), org.type(), org.name(), org.code(), null, 0, org.path());
        }
    }
}
