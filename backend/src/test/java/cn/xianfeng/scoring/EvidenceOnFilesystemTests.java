package cn.xianfeng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;

/** Evidence kept in a directory instead of the database, by configuration. */
class EvidenceOnFilesystemTests extends IntegrationTest {

    private static final Path DIRECTORY = temporaryDirectory();

    @DynamicPropertySource
    static void filesystemStore(DynamicPropertyRegistry registry) {
        registry.add("xianfeng.evidence.store", () -> "filesystem");
        registry.add("xianfeng.evidence.directory", DIRECTORY::toString);
    }

    @Test
    void aFileIsKeptInTheDirectoryAndReadBackFromIt() throws IOException {
        Institution institution = onboard("文件存储党委");
        Browser admin = signedIn(institution);
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        Response stored = admin.upload("/api/v1/evidence", "证明.pdf", pdf);

        assertThat(stored.status()).as("%s", stored).isEqualTo(201);
        assertThat(stored.json().get("mediaType").asString()).isEqualTo("application/pdf");
        UUID id = UUID.fromString(stored.json().get("id").asString());
        assertThat(Files.readAllBytes(DIRECTORY.resolve(institution.tenantId().toString()).resolve(id.toString()))).isEqualTo(pdf);
        Map<String, Object> row = asOwner().sql("select storage, content is null as empty from evidence_files where id = ?").param(id)
            .query().singleRow();
        assertThat(row).containsEntry("storage", "FILESYSTEM").containsEntry("empty", true);
        assertThat(admin.download("/api/v1/evidence/" + id).content()).isEqualTo(pdf);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("xianfeng-evidence");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
