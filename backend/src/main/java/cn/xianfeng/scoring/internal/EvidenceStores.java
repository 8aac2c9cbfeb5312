package cn.xianfeng.scoring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** The evidence stores: the database (default), a directory or an S3-compatible bucket, chosen by {@code xianfeng.evidence.store}. */
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

    /** The client of the S3-compatible store; an AutoCloseable bean, so the context closes it (and its connections) on shutdown. */
    @Bean
    @ConditionalOnProperty(name = "xianfeng.evidence.store", havingValue = "s3")
    S3Client evidenceBucketClient(@Value("${xianfeng.evidence.s3.endpoint:}") String endpoint,
            @Value("${xianfeng.evidence.s3.region:us-east-1}") String region, @Value("${xianfeng.evidence.s3.access-key:}") String accessKey,
            @Value("${xianfeng.evidence.s3.secret-key:}") String secretKey, @Value("${xianfeng.evidence.s3.path-style:true}") boolean pathStyle) {
        if (accessKey.isBlank() || secretKey.isBlank()) {
            throw new IllegalStateException("xianfeng.evidence.store=s3 needs xianfeng.evidence.s3.bucket, access-key and secret-key");
        }
        S3ClientBuilder builder = S3Client.builder()
            .region(Region.of(region))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
            .forcePathStyle(pathStyle)
            // Checksums only where the protocol requires them: many S3-compatible stores know no others.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClient(UrlConnectionHttpClient.create());
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    /**
     * One object per evidence in a bucket of an S3-compatible store (AWS, MinIO, Aliyun OSS, Tencent COS…), keyed
     * {@code <prefix><tenant>/<id>}; path-style addressing by default, as most self-hosted stores want.
     */
    @Bean
    @ConditionalOnProperty(name = "xianfeng.evidence.store", havingValue = "s3")
    EvidenceStore s3Evidence(S3Client s3, @Value("${xianfeng.evidence.s3.bucket:}") String bucket,
            @Value("${xianfeng.evidence.s3.prefix:evidence/}") String prefix) {
        if (bucket.isBlank()) {
            throw new IllegalStateException("xianfeng.evidence.store=s3 needs xianfeng.evidence.s3.bucket, access-key and secret-key");
        }
        return new EvidenceStore() {
            @Override
            public String name() {
                return "S3";
            }

            @Override
            public byte @Nullable [] keep(UUID tenantId, UUID id, byte[] content) {
                s3.putObject(PutObjectRequest.builder().bucket(bucket).key(prefix + tenantId + "/" + id).build(), RequestBody.fromBytes(content));
                return null;
            }

            @Override
            public byte[] read(UUID tenantId, UUID id, byte @Nullable [] column) {
                return s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(prefix + tenantId + "/" + id).build()).asByteArray();
            }
        };
    }
}
