package cn.xianfeng.scoring.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where evidence bytes live: in PostgreSQL by default, or elsewhere by configuration
 * ({@code xianfeng.evidence.store}). The metadata row stays in the database either way.
 */
interface EvidenceStore {

    /** The name recorded with each file, so a file is read back from the store that kept it. */
    String name();

    /** Keeps the bytes; returns what the row's {@code content} column holds (the bytes, or null when kept elsewhere). */
    byte @Nullable [] keep(UUID tenantId, UUID id, byte[] content);

    /** The bytes of a file this store kept; {@code column} is what {@link #keep} returned. */
    byte[] read(UUID tenantId, UUID id, byte @Nullable [] column);
}
