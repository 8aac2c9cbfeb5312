package cn.xianfeng.organization;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/** A spreadsheet of org nodes was imported under one parent, all of it. */
public record OrgsImported(UUID importId, String fileName, int count, String orgPath) implements Auditable {

    @Override
    public String action() {
        return "ORGS_IMPORTED";
    }

    @Override
    public String entityType() {
        return "ORG_IMPORT";
    }

    @Override
    public UUID entityId() {
        return importId;
    }

    @Override
    public @Nullable Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("fileName", fileName, "count", count);
    }
}
