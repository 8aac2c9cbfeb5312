package cn.xianfeng.scoring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evidence stores: the database (default) or a directory, chosen by {@code xianfeng.evidence.store}. */
@Configuration(proxyBeanMethods = false)
class EvidenceStores {

    @Bean
    @ConditionalOnProperty(name = "xianfeng.evidence.store", havingValue = "database", matchIfMissing = true)
    EvidenceStore databaseEvidence() {
        return new EvidenceStore() {
            @Override
            public String name() {
                return "DATABASE";
            }

            @Override
            public byte[] keep(UUID tenantId, UUID id, byte[] content) {
                return content;
            }

            @Override
            public byte[] read(UUID tenantId, UUID id, byte @Nullable [] column) {
                if (column == null) {
                    throw new IllegalStateException("Evidence " + id + " has no content in the database");
                }
                return column;
            }
        };
    }

    /** One file per evidence under the directory, in a folder per tenant; shared storage when running replicas. */
    @Bean
    @ConditionalOnProperty(name = "xianfeng.evidence.store", havingValue = "filesystem")
    EvidenceStore filesystemEvidence(@Value("${xianfeng.evidence.directory}") String configured) {
        if (configured.isBlank()) {
            throw new IllegalStateException("xianfeng.evidence.store=filesystem needs xianfeng.evidence.directory");
        }
        Path directory = Path.of(configured);
        return new EvidenceStore() {
            @Override
            public String name() {
                return "FILESYSTEM";
            }

            @Override
            public byte @Nullable [] keep(UUID tenantId, UUID id, byte[] content) {
                try {
                    Path file = directory.resolve(tenantId.toString()).resolve(id.toString());
                    Files.createDirectories(file.getParent());
                    Files.write(file, content);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public byte[] read(UUID tenantId, UUID id, byte @Nullable [] column) {
                try {
                    return Files.readAllBytes(directory.resolve(tenantId.toString()).resolve(id.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
