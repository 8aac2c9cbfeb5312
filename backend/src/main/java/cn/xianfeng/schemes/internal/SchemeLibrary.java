package cn.xianfeng.schemes.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.organization.ReachedOrg;
import cn.xianfeng.schemes.SchemeChanged;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.ConflictException;
import cn.xianfeng.web.ForbiddenException;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant's schemes: one per org and year, applying to the org's subtree unless a node below has its own.
 * Versions go draft → published → retired; a published version is never changed. A derived scheme keeps
 * within its parent's frame (checked on every save). Committee admins of the org manage its schemes, and a
 * branch's secretary and deputy secretary refine the branch's own (derived only); anyone
 * reaching the org reads them, and reads the published schemes above it that apply to it.
 */
@Service
class SchemeLibrary {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OrgGuard guard;
    private final SchemeValidator validator;
    private final Derivation derivation;
    private final SchemePresets presets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SchemeLibrary(JdbcClient jdbc, JsonMapper json, OrgGuard guard, SchemeValidator validator, Derivation derivation,
            SchemePresets presets, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.guard = guard;
        this.validator = validator;
        this.derivation = derivation;
        this.presets = presets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    UUID create(UUID orgId, SchemeRequests.CreateScheme request) {
        ReachedOrg org = guard.led(orgId);
        int sources = (request.preset() == null ? 0 : 1) + (request.document() == null ? 0 : 1)
                + (request.deriveFromVersionId() == null ? 0 : 1);
        if (sources != 1) {
            throw new InvalidInputException("preset", "scheme.source.one");
        }
        if (request.deriveFromVersionId() == null && !guard.canAdminister(orgId)) {
            // A branch refines the frame set above it (支部细则); it does not bring a scheme of its own.
            throw new InvalidInputException("deriveFromVersionId", "scheme.branch.derive-only");
        }
        SchemeDocument document;
        UUID parentVersion = null;
        if (request.preset() != null) {
            document = presets.find(request.preset()).orElseThrow(() -> new InvalidInputException("preset", "scheme.preset.not-found"));
        } else if (request.document() != null) {
            document = request.document();
        } else {
            parentVersion = request.deriveFromVersionId();
            document = parentDocument(parentVersion, org);
        }
        return insert(org, request.year(), document, parentVersion);
    }

    /** A new scheme from an uploaded document (import); the org is settled before the file is read. */
    @Transactional
    UUID importDocument(UUID orgId, int year, MultipartFile file) {
        ReachedOrg org = guard.administered(orgId);
        SchemeDocument document;
        try {
            document = json.readValue(file.getBytes(), SchemeDocument.class);
        } catch (IOException | JacksonException unreadable) {
            throw new InvalidInputException("file", "scheme.file.unreadable");
        }
        boolean complete = document != null && document.sections() != null && document.grades() != null
                && document.composition() != null && document.ballotWeights() != null && document.code() != null
                && document.name() != null && document.aggregation() != null;
        if (!complete) {
            throw new InvalidInputException("file", "scheme.file.unreadable");
        }
        return insert(org, year, document, null);
    }

    private UUID insert(ReachedOrg org, int year, SchemeDocument document, @Nullable UUID parentVersion) {
        check(document, parentVersion);
        UUID schemeId = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into schemes (tenant_id, id, org_id, year, code, name, derived_from_version_id, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant(), schemeId, org.org().id(), year, document.code(), document.name(), parentVersion, user())
                .update();
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("scheme.year.taken", List.of(new FieldCode("year", "scheme.year.taken")));
        }
        insertVersion(schemeId, 1, document);
        events.publishEvent(new SchemeChanged(SchemeChanged.Kind.CREATED, schemeId, null,
                snapshot(document, year, 1, "DRAFT"), org.path()));
        return schemeId;
    }

    /** Saves the draft: the open draft if there is one, else a new version after the latest. */
    @Transactional
    void saveDraft(UUID schemeId, SchemeRequests.SaveDraft request) {
        Scheme scheme = managed(schemeId);
        checkLock(scheme, request.lock());
        // The body is {lock, document}: problems point into its document, as its bean-validation ones do.
        check(request.document(), scheme.derivedFromVersionId(), "document.");
        List<VersionRow> versions = versions(schemeId);
        Optional<VersionRow> draft = versions.stream().filter(version -> version.status().equals("DRAFT")).findFirst();
        SchemeChanged.Snapshot before = draft.map(version -> snapshot(document(version.id()), scheme.year(), version.number(), "DRAFT"))
            .orElse(null);
        int number;
        if (draft.isPresent()) {
            number = draft.get().number();
            jdbc.sql("update scheme_versions set document = ?::jsonb, version = version + 1 where tenant_id = ? and id = ?")
                .params(json.writeValueAsString(request.document()), tenant(), draft.get().id()).update();
        } else {
            number = versions.getLast().number() + 1;
            insertVersion(schemeId, number, request.document());
        }
        touch(scheme, request.document());
        events.publishEvent(new SchemeChanged(SchemeChanged.Kind.DRAFT_SAVED, schemeId, before,
                snapshot(request.document(), scheme.year(), number, "DRAFT"), scheme.orgPath()));
    }

    /** Checks a document as this scheme's draft would be checked on save: its own rules, and a derived scheme's frame. */
    @Transactional(readOnly = true)
    void checkDraft(UUID schemeId, SchemeDocument document) {
        check(document, managed(schemeId).derivedFromVersionId());
    }

    /** Publishes the draft; the version published before it retires. */
    @Transactional
    void publish(UUID schemeId, int number, long lock) {
        Scheme scheme = managed(schemeId);
        checkLock(scheme, lock);
        VersionRow version = versions(schemeId).stream().filter(candidate -> candidate.number() == number).findFirst()
            .orElseThrow(() -> new NotFoundException("scheme.version.not-found"));
        if (!version.status().equals("DRAFT")) {
            throw new ConflictException("scheme.version.not-draft", List.of());
        }
        SchemeDocument document = document(version.id());
        check(document, scheme.derivedFromVersionId());
        jdbc.sql("update scheme_versions set status = 'RETIRED', version = version + 1 where tenant_id = ? and scheme_id = ? and status = 'PUBLISHED'")
            .params(tenant(), schemeId).update();
        jdbc.sql("update scheme_versions set status = 'PUBLISHED', published_at = ?, version = version + 1 where tenant_id = ? and id = ?")
            .params(OffsetDateTime.now(clock), tenant(), version.id()).update();
        touch(scheme, document);
        events.publishEvent(new SchemeChanged(SchemeChanged.Kind.PUBLISHED, schemeId,
                snapshot(document, scheme.year(), number, "DRAFT"), snapshot(document, scheme.year(), number, "PUBLISHED"),
                scheme.orgPath()));
    }

    /** A scheme the caller reads: one of an org they reach, or one above such an org that it inherits or derives from. */
    @Transactional(readOnly = true)
    Scheme readable(UUID schemeId) {
        Scheme scheme = find(schemeId).orElseThrow(() -> new NotFoundException("scheme.not-found"));
        if (guard.canRead(scheme.orgId()) || appliesBelowReach(scheme)) {
            return scheme;
        }
        throw new NotFoundException("scheme.not-found");
    }

    @Transactional(readOnly = true)
    List<VersionRow> versions(UUID schemeId) {
        return jdbc.sql("""
                select id, number, status, published_at from scheme_versions where tenant_id = ? and scheme_id = ? order by number""")
            .params(tenant(), schemeId)
            .query((rs, row) -> new VersionRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class)))
            .list();
    }

    @Transactional(readOnly = true)
    SchemeDocument document(UUID versionId) {
        String text = jdbc.sql("select document::text from scheme_versions where tenant_id = ? and id = ?")
            .params(tenant(), versionId).query(String.class).single();
        return json.readValue(text, SchemeDocument.class);
    }

    /** A version's document, if the caller reads its scheme; 404 otherwise. */
    @Transactional(readOnly = true)
    SchemeDocument readableDocument(UUID versionId) {
        UUID schemeId = jdbc.sql("select scheme_id from scheme_versions where tenant_id = ? and id = ?").params(tenant(), versionId)
            .query(UUID.class).optional().orElseThrow(() -> new NotFoundException("scheme.version.not-found"));
        readable(schemeId);
        return document(versionId);
    }

    /** The org's own schemes, and the one that applies to it for the year (its own or the nearest above, published). */
    @Transactional(readOnly = true)
    OrgSchemes ofOrg(UUID orgId, @Nullable Integer year) {
        ReachedOrg org = guard.readable(orgId);
        List<Scheme> own = jdbc.sql(SELECT + " where s.tenant_id = ? and s.org_id = ? and (?::int is null or s.year = ?) order by s.year desc")
            .params(tenant(), orgId, year, year).query(SchemeLibrary::scheme).list();
        Scheme applying = year == null ? null : jdbc.sql(SELECT + " " + """
                 where s.tenant_id = ? and s.year = ? and o.path @> ?::ltree
                   and exists (select 1 from scheme_versions v where v.tenant_id = s.tenant_id and v.scheme_id = s.id
                               and v.status = 'PUBLISHED')
                 order by nlevel(o.path) desc limit 1""")
            .params(tenant(), year, org.path()).query(SchemeLibrary::scheme).optional().orElse(null);
        return new OrgSchemes(own, applying);
    }

    private SchemeDocument parentDocument(UUID parentVersionId, ReachedOrg org) {
        Optional<ParentVersion> parent = jdbc.sql("""
                select v.id, v.status, o.path::text from scheme_versions v
                join schemes s on s.tenant_id = v.tenant_id and s.id = v.scheme_id
                join orgs o on o.tenant_id = s.tenant_id and o.id = s.org_id
                where v.tenant_id = ? and v.id = ?""")
            .params(tenant(), parentVersionId)
            .query((rs, row) -> new ParentVersion(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).optional();
        if (parent.isEmpty() || !org.path().startsWith(parent.get().orgPath() + ".")) {
            throw new NotFoundException("scheme.version.not-found");
        }
        if (!parent.get().status().equals("PUBLISHED")) {
            throw new InvalidInputException("deriveFromVersionId", "scheme.parent.not-published");
        }
        return document(parentVersionId);
    }

    private void check(SchemeDocument document, @Nullable UUID parentVersionId) {
        check(document, parentVersionId, "");
    }

    /**
     * The document's problems and, for a derived scheme, those against its parent's frame; each at its path in the
     * request's body, which is {@code at} followed by the path in the document.
     */
    private void check(SchemeDocument document, @Nullable UUID parentVersionId, String at) {
        List<FieldCode> problems = new ArrayList<>(validator.problems(document));
        if (parentVersionId != null) {
            problems.addAll(derivation.problems(document(parentVersionId), document));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                .map(problem -> new FieldCode(at + problem.field(), problem.messageCode(), problem.arguments())).toList());
        }
    }

    /** A scheme the caller may change: its org's admins, and a branch's secretaries for the branch's derived scheme. */
    private Scheme managed(UUID schemeId) {
        Scheme scheme = readable(schemeId);
        if (!guard.canRead(scheme.orgId())) {
            // An inherited scheme from above: the caller reads it, but it is not theirs to change.
            throw new ForbiddenException("org.not-led");
        }
        guard.led(scheme.orgId());
        return scheme;
    }

    /** Readers of a node below the scheme's org see the schemes that apply to them, never a sibling's. */
    private boolean appliesBelowReach(Scheme scheme) {
        return guard.reachesWithin(scheme.orgId());
    }

    private void insertVersion(UUID schemeId, int number, SchemeDocument document) {
        jdbc.sql("""
                insert into scheme_versions (tenant_id, id, scheme_id, number, status, document, created_by)
                values (?, ?, ?, ?, 'DRAFT', ?::jsonb, ?)""")
            .params(tenant(), UUID.randomUUID(), schemeId, number, json.writeValueAsString(document), user()).update();
    }

    private void touch(Scheme scheme, SchemeDocument document) {
        jdbc.sql("update schemes set code = ?, name = ?, version = version + 1 where tenant_id = ? and id = ?")
            .params(document.code(), document.name(), tenant(), scheme.id()).update();
    }

    private static void checkLock(Scheme scheme, long lock) {
        if (scheme.lock() != lock) {
            throw new ConflictException("scheme.version.stale", List.of());
        }
    }

    private Optional<Scheme> find(UUID schemeId) {
        return jdbc.sql(SELECT + " where s.tenant_id = ? and s.id = ?").params(tenant(), schemeId).query(SchemeLibrary::scheme).optional();
    }

    private static SchemeChanged.Snapshot snapshot(SchemeDocument document, int year, int number, String status) {
        return new SchemeChanged.Snapshot(document.code(), document.name(), year, number, status, document);
    }

    private static final String SELECT = """
            select s.id, s.org_id, o.name, o.path::text, s.year, s.code, s.name, s.derived_from_version_id, s.version
            from schemes s join orgs o on o.tenant_id = s.tenant_id and o.id = s.org_id""";

    private static Scheme scheme(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Scheme(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class), rs.getLong(9));
    }

    private static UUID tenant() {
        return TenantContext.tenantId().orElseThrow();
    }

    private static @Nullable UUID user() {
        return TenantContext.userId().orElse(null);
    }

    record Scheme(UUID id, UUID orgId, String orgName, String orgPath, int year, String code, String name,
            @Nullable UUID derivedFromVersionId, long lock) {
    }

    record VersionRow(UUID id, int number, String status, @Nullable OffsetDateTime publishedAt) {
    }

    record OrgSchemes(List<Scheme> own, @Nullable Scheme applying) {
    }

    private record ParentVersion(UUID id, String status, String orgPath) {
    }
}
