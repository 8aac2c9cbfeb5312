package cn.xianfeng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Evidence kept in an S3-compatible bucket, by configuration: a real S3 server (S3Proxy) speaking SigV4 over HTTP. */
class EvidenceOnS3Tests extends IntegrationTest {

    private static final String BUCKET = "xianfeng-evidence";
    private static final int PORT = freePort();
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:" + PORT);

    /** Started before each test, after the application (which is only told where it will be). */
    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.builder().withCredentials(AuthenticationType.AWS_V2_OR_V4, "xianfeng", "xianfeng-secret")
        .withPort(PORT).build();

    @DynamicPropertySource
    static void s3Store(DynamicPropertyRegistry registry) {
        registry.add("xianfeng.evidence.store", () -> "s3");
        registry.add("xianfeng.evidence.s3.endpoint", ENDPOINT::toString);
        registry.add("xianfeng.evidence.s3.bucket", () -> BUCKET);
        registry.add("xianfeng.evidence.s3.access-key", () -> "xianfeng");
        registry.add("xianfeng.evidence.s3.secret-key", () -> "xianfeng-secret");
    }

    @Test
    void aFileIsKeptInTheBucketAndReadBackFromIt() {
        Institution institution = onboard("对象存储党委");
        Browser admin = signedIn(institution);
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);

        try (S3Client client = S3Client.builder().endpointOverride(ENDPOINT).region(Region.US_EAST_1).forcePathStyle(true)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("xianfeng", "xianfeng-secret"))).build()) {
            client.createBucket(request -> request.bucket(BUCKET));

            Response stored = admin.upload("/api/v1/evidence", "证明.pdf", pdf);

            assertThat(stored.status()).as("%s", stored).isEqualTo(201);
            UUID id = UUID.fromString(stored.json().get("id").asString());
            assertThat(client.getObjectAsBytes(request -> request.bucket(BUCKET).key("evidence/" + institution.tenantId() + "/" + id)).asByteArray())
                .as("the bytes are in the bucket, under the tenant").isEqualTo(pdf);
            Map<String, Object> row = asOwner().sql("select storage, content is null as empty from evidence_files where id = ?").param(id)
                .query().singleRow();
            assertThat(row).containsEntry("storage", "S3").containsEntry("empty", true);
            assertThat(admin.download("/api/v1/evidence/" + id).content()).isEqualTo(pdf);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
