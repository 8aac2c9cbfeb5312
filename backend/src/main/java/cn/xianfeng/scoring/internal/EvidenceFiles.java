package cn.xianfeng.scoring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import cn.xianfeng.organization.OrgGuard;
import cn.xianfeng.tenancy.TenantContext;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.PayloadTooLargeException;
import cn.xianfeng.web.TextRules;
import cn.xianfeng.web.NotFoundException;
import cn.xianfeng.web.XianfengException.FieldCode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Evidence files: images and PDF only, recognised by their content (a renamed executable is refused whatever
 * its name says), at most {@code xianfeng.evidence.max-size} each. The uploader, and whoever reaches the branch
 * of a declaration citing the file, may read it.
 */
@Service
class EvidenceFiles {

    /** What a file's first bytes say it is. */
    private record Signature(String mediaType, int offset, byte[] magic) {

        boolean matches(byte[] content) {
            return content.length >= offset + magic.length
                    && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
        }
    }

    private static final List<Signature> ACCEPTED = List.of(
            new Signature("image/jpeg", 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Signature("image/png", 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
            new Signature("image/gif", 0, new byte[] {'G', 'I', 'F', '8'}),
            new Signature("image/webp", 8, new byte[] {'W', 'E', 'B', 'P'}),
            new Signature("image/heic", 4, new byte[] {'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}),
            new Signature("application/pdf", 0, new byte[] {'%', 'P', 'D', 'F', '-'}));

    private final JdbcClient jdbc;
    private final EvidenceStore store;
    private final OrgGuard guard;
    private final DataSize maxSize;

    EvidenceFiles(JdbcClient jdbc, EvidenceStore store, OrgGuard guard, @Value("${xianfeng.evidence.max-size}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.store = store;
        this.guard = guard;
        this.maxSize = maxSize;
    }

    @Transactional
    EvidenceView upload(MultipartFile file) {
        UUID user = TenantContext.userId().orElseThrow();
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length == 0) {
            throw new InvalidInputException("file", "evidence.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new PayloadTooLargeException("file", "evidence.too-large", maxSize.toMegabytes());
        }
        String mediaType = ACCEPTED.stream().filter(signature -> signature.matches(content)).map(Signature::mediaType).findFirst()
            .orElseThrow(() -> new InvalidInputException("file", "evidence.type"));
        String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (TextRules.hasControlCharacters(original)) {
            throw new InvalidInputException("file", "problem.field.control-characters");
        }
        String name = TextRules.cleanFileName(original).isBlank() ? "evidence" : TextRules.cleanFileName(original);
        UUID id = UUID.randomUUID();
        UUID tenant = TenantContext.tenantId().orElseThrow(() -> new NotFoundException("tenant.not-found"));
        jdbc.sql("""
                insert into evidence_files (tenant_id, id, uploaded_by, file_name, media_type, size_bytes, storage, content)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant, id, user, name.length() > 200 ? name.substring(0, 200) : name, mediaType, content.length, store.name(),
                    store.keep(tenant, id, content))
            .update();
        return new EvidenceView(id, name, mediaType, content.length);
    }

    /** The caller's own uploads among {@code ids}, in their order, and a problem at each index that is not one. */
    Cited cite(List<UUID> ids, String field) {
        if (ids.isEmpty()) {
            return new Cited(List.of(), List.of());
        }
        Map<UUID, EvidenceView> own = jdbc.sql("""
                select id, file_name, media_type, size_bytes from evidence_files where tenant_id = ? and uploaded_by = ? and id = any(?)""")
            .params(BoundTenant.id(), TenantContext.userId().orElseThrow(), ids.toArray(UUID[]::new))
            .query((rs, row) -> new EvidenceView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4)))
            .stream().collect(Collectors.toMap(EvidenceView::id, Function.identity()));
        List<FieldCode> problems = IntStream.range(0, ids.size()).filter(i -> !own.containsKey(ids.get(i)))
            .mapToObj(i -> new FieldCode(field + "[" + i + "]", "evidence.not-found")).toList();
        return new Cited(ids.stream().distinct().map(own::get).filter(Objects::nonNull).toList(), problems);
    }

    /** The files a declaration or an objection cites, and what is wrong with the citation. */
    record Cited(List<EvidenceView> files, List<FieldCode> problems) {
    }

    List<EvidenceView> ofDeclaration(UUID declarationId) {
        return ofDeclarations(List.of(declarationId)).getOrDefault(declarationId, List.of());
    }

    /** The files each declaration cites, in their order; one query for a whole page. */
    Map<UUID, List<EvidenceView>> ofDeclarations(Collection<UUID> declarationIds) {
        Map<UUID, List<EvidenceView>> cited = new HashMap<>();
        jdbc.sql("""
                select d.declaration_id, f.id, f.file_name, f.media_type, f.size_bytes from declaration_evidence d
                join evidence_files f on f.tenant_id = d.tenant_id and f.id = d.evidence_id
                where d.tenant_id = ? and d.declaration_id = any(?) order by d.declaration_id, d.position""")
            .params(BoundTenant.id(), declarationIds.toArray(UUID[]::new))
            .query((rs, row) -> cited.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                .add(new EvidenceView(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getLong(5))))
            .list();
        return cited;
    }

    /** A file for the uploader, or for anyone reaching the branch of a declaration that cites it; 404 otherwise. */
    @Transactional(readOnly = true)
    Download download(UUID id) {
        UUID user = TenantContext.userId().orElseThrow(() -> new NotFoundException("evidence.not-found"));
        Optional<StoredFile> file = TenantContext.tenantId().flatMap(tenant -> jdbc.sql("""
                select file_name, media_type, uploaded_by, storage, content from evidence_files where tenant_id = ? and id = ?""")
            .params(tenant, id)
            .query((rs, row) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                    rs.getBytes(5)))
            .optional());
        if (file.isEmpty()) {
            throw new NotFoundException("evidence.not-found");
        }
        boolean allowed = file.get().uploadedBy().equals(user) || jdbc.sql("""
                select d.branch_id from declaration_evidence e
                join declarations d on d.tenant_id = e.tenant_id and d.id = e.declaration_id
                where e.tenant_id = ? and e.evidence_id = ?""")
            .params(BoundTenant.id(), id).query(UUID.class).list().stream().anyMatch(guard::canRead);
        if (!allowed) {
            throw new NotFoundException("evidence.not-found");
        }
        StoredFile stored = file.get();
        byte[] content = stored.storage().equals("DATABASE") ? stored.content() : store.read(BoundTenant.id(), id, stored.content());
        return new Download(stored.fileName(), stored.mediaType(), content);
    }

    private record StoredFile(String fileName, String mediaType, UUID uploadedBy, String storage, byte @Nullable [] content) {
    }

    record Download(String fileName, String mediaType, byte[] content) {
    }

    record EvidenceView(UUID id, String fileName,
            @Schema(description = "Recognised from the content: image/jpeg, image/png, image/gif, image/webp, image/heic or application/pdf")
            String mediaType, long sizeBytes) {
    }
}
