package cn.xianfeng.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.Xlsx;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class SchemeLibraryTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aCommitteePublishesASchemeThatAppliesBelowAndABranchRefinesItWithinTheFrame() {
        Institution institution = onboard("方案库党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "第一党支部");

        Response created = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/schemes",
                Map.of("year", 2026, "preset", "annual-from-zero"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        UUID scheme = UUID.fromString(created.json().get("id").asString());
        assertThat(created.json().get("versions").get(0).get("status").asString()).isEqualTo("DRAFT");

        // The committee sets the frame: 志愿服务 is mandatory, 三会一课 may be given 0.5 to 2 points.
        ObjectNode frame = (ObjectNode) JSON.readTree(admin.get("/api/v1/schemes/" + scheme + "/versions/1").json().get("document").toString());
        ((ObjectNode) frame.get("sections").get(2).get("items").get(0)).put("mandatory", true);
        ObjectNode meeting = (ObjectNode) frame.get("sections").get(0).get("items").get(0);
        meeting.putObject("bounds").put("min", 0.5).put("max", 2);
        Response saved = admin.send("PUT", "/api/v1/schemes/" + scheme + "/draft",
                JSON.writeValueAsString(Map.of("lock", lock(created), "document", frame)), "application/json");
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        Response published = admin.postJson("/api/v1/schemes/" + scheme + "/versions/1/publish", Map.of("lock", lock(saved)));
        assertThat(published.json().get("versions").get(0).get("status").asString()).isEqualTo("PUBLISHED");
        UUID parentVersion = UUID.fromString(published.json().get("versions").get(0).get("id").asString());

        JsonNode applying = admin.get("/api/v1/orgs/" + branch + "/schemes?year=2026").json();
        assertThat(applying.get("own")).isEmpty();
        assertThat(applying.get("applying").get("id").asString()).as("inherited down the tree").isEqualTo(scheme.toString());

        Response derived = admin.postJson("/api/v1/orgs/" + branch + "/schemes", Map.of("year", 2026, "deriveFromVersionId", parentVersion));
        assertThat(derived.status()).as("%s", derived).isEqualTo(201);
        UUID branchScheme = UUID.fromString(derived.json().get("id").asString());
        assertThat(derived.json().get("derivedFromVersionId").asString()).isEqualTo(parentVersion.toString());
        ObjectNode refined = document(admin, branchScheme, 1);
        ((ObjectNode) refined.get("sections").get(0).get("items").get(0).get("rule")).put("points", 1.5);
        Response within = saveDraft(admin, branchScheme, lock(derived), refined);
        assertThat(within.status()).as("%s", within).isEqualTo(200);

        UUID derivedVersion = UUID.fromString(derived.json().get("versions").get(0).get("id").asString());
        JsonNode diff = admin.get("/api/v1/schemes/diff?fromVersionId=" + parentVersion + "&toVersionId=" + derivedVersion).json();
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0).get("path").asString()).isEqualTo("sections[ACTIVITY].items[P2-MEETING].rule.points");
        assertThat(diff.get(0).get("kind").asString()).isEqualTo("CHANGED");
        assertThat(diff.get(0).get("before").decimalValue()).isEqualByComparingTo("1");
        assertThat(diff.get(0).get("after").decimalValue()).isEqualByComparingTo("1.5");

        ((ObjectNode) refined.get("sections").get(0).get("items").get(0).get("rule")).put("points", 3);
        Response outside = saveDraft(admin, branchScheme, lock(within), refined);
        assertThat(outside.status()).isEqualTo(400);
        assertThat(fields(outside)).as("at its path in the body").containsExactly("document.sections[0].items[0].rule.points");
        ObjectNode unnamed = refined.deepCopy().put("name", "");
        assertThat(fields(saveDraft(admin, branchScheme, lock(within), unnamed))).as("as the document's own shape problems are")
            .containsExactly("document.name");
        assertThat(outside.json().get("errors").get(0).get("message").asString()).isEqualTo("分值 3 超出上级规定的范围 0.5 至 2。");

        ObjectNode withoutVolunteering = document(admin, branchScheme, 1);
        ((ArrayNode) withoutVolunteering.get("sections").get(2).get("items")).remove(0);
        Response removed = saveDraft(admin, branchScheme, lock(within), withoutVolunteering);
        assertThat(fields(removed)).containsExactly("document.sections[2].items");
        assertThat(removed.json().get("errors").get(0).get("message").asString()).contains("参加志愿服务", "不能删除");
        Response checked = admin.postJson("/api/v1/schemes/" + branchScheme + "/validate", refined);
        assertThat(checked.status()).as("the editor's check knows the parent's frame, as the save does").isEqualTo(400);
        assertThat(fields(checked)).containsExactly("sections[0].items[0].rule.points");
        assertThat(admin.postJson("/api/v1/schemes/" + branchScheme + "/validate", withoutVolunteering).json().get("errors").get(0)
            .get("message").asString()).contains("参加志愿服务", "不能删除");
        assertThat(admin.postJson("/api/v1/schemes/validate", refined).status()).as("a document alone knows no parent").isEqualTo(204);
        assertThat(admin.postJson("/api/v1/schemes/" + branchScheme + "/validate", document(admin, branchScheme, 1)).status())
            .as("the saved draft is within the frame").isEqualTo(204);
        assertThat(document(admin, branchScheme, 1).get("sections").get(0).get("items").get(0).get("rule").get("points").decimalValue())
            .as("nothing saved on error").isEqualByComparingTo("1.5");

        Response stale = saveDraft(admin, branchScheme, lock(derived), refined);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.postJson("/api/v1/orgs/" + branch + "/schemes", Map.of("year", 2026, "preset", "four-25")).status())
            .as("one scheme per org and year").isEqualTo(409);
        assertThat(admin.postJson("/api/v1/orgs/" + branch + "/schemes", Map.of("year", 2027)).json().get("errors").get(0)
            .get("field").asString()).isEqualTo("preset");

        Response published2 = admin.postJson("/api/v1/schemes/" + branchScheme + "/versions/1/publish", Map.of("lock", lock(within)));
        assertThat(admin.get("/api/v1/orgs/" + branch + "/schemes?year=2026").json().get("applying").get("id").asString())
            .as("a node's own scheme applies to it once published").isEqualTo(branchScheme.toString());
        Response again = admin.postJson("/api/v1/schemes/" + branchScheme + "/versions/1/publish", Map.of("lock", lock(published2)));
        assertThat(again.status()).as("a published version is never changed").isEqualTo(409);
        assertThat(admin.get("/api/v1/audit-log?size=50").body()).contains("SCHEME_CREATED", "SCHEME_DRAFT_SAVED", "SCHEME_PUBLISHED");
    }

    @Test
    void aBranchSecretaryRefinesTheBranchsOwnSchemeWithinTheFrameAndNothingElse() {
        Institution institution = onboard("支部细则党委");
        Browser admin = signedIn(institution);
        UUID branch = create(admin, institution.rootOrgId(), "BRANCH", "第一党支部");
        UUID otherBranch = create(admin, institution.rootOrgId(), "BRANCH", "第二党支部");
        Response committee = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/schemes",
                Map.of("year", 2026, "preset", "monthly-top-three"));
        Response published = admin.postJson("/api/v1/schemes/" + committee.json().get("id").asString() + "/versions/1/publish",
                Map.of("lock", lock(committee)));
        UUID frame = UUID.fromString(published.json().get("versions").get(0).get("id").asString());
        Browser secretary = holding(admin, branch, branch, "SECRETARY");
        Browser recorder = holding(admin, branch, branch, "RECORDER");
        Browser otherSecretary = holding(admin, otherBranch, otherBranch, "SECRETARY");

        assertThat(secretary.postJson("/api/v1/orgs/" + branch + "/schemes", Map.of("year", 2026, "preset", "four-25")).json()
            .get("errors").get(0).get("field").asString()).as("a branch refines; it does not bring its own").isEqualTo("deriveFromVersionId");
        assertThat(recorder.postJson("/api/v1/orgs/" + branch + "/schemes", Map.of("year", 2026, "deriveFromVersionId", frame)).status())
            .as("the recorder does not speak for the branch").isEqualTo(403);
        Response derived = secretary.postJson("/api/v1/orgs/" + branch + "/schemes", Map.of("year", 2026, "deriveFromVersionId", frame));
        assertThat(derived.status()).as("%s", derived).isEqualTo(201);
        UUID branchScheme = UUID.fromString(derived.json().get("id").asString());

        ObjectNode refined = document(secretary, branchScheme, 1);
        ((ObjectNode) refined.get("sections").get(0).get("items").get(1).get("rule")).put("points", 8);
        Response within = saveDraft(secretary, branchScheme, lock(derived), refined);
        assertThat(within.status()).as("%s", within).isEqualTo(200);
        ((ObjectNode) refined.get("sections").get(0).get("items").get(1).get("rule")).put("points", 9);
        assertThat(fields(saveDraft(secretary, branchScheme, lock(within), refined))).containsExactly("document.sections[0].items[1].rule.points");
        Response publishedBranch = secretary.postJson("/api/v1/schemes/" + branchScheme + "/versions/1/publish", Map.of("lock", lock(within)));
        assertThat(publishedBranch.status()).as("%s", publishedBranch).isEqualTo(200);

        assertThat(saveDraft(secretary, UUID.fromString(committee.json().get("id").asString()), lock(published), refined).status())
            .as("the committee's own scheme is only readable for the branch").isEqualTo(403);
        assertThat(saveDraft(otherSecretary, branchScheme, lock(publishedBranch), refined).status())
            .as("a sibling branch does not see it").isEqualTo(404);
        assertThat(otherSecretary.postJson("/api/v1/orgs/" + branch + "/schemes", Map.of("year", 2027, "deriveFromVersionId", frame))
            .status()).isEqualTo(404);
    }

    @Test
    void aSchemeExportsAsJsonAndAsTheReferenceTableAndImportsElsewhereAndABadFileIsRefused() throws Exception {
        Institution institution = onboard("方案导出党委");
        Browser admin = signedIn(institution);
        Response created = admin.postJson("/api/v1/orgs/" + institution.rootOrgId() + "/schemes",
                Map.of("year", 2026, "preset", "monthly-100"));
        UUID scheme = UUID.fromString(created.json().get("id").asString());

        Browser.Download exported = admin.download("/api/v1/schemes/" + scheme + "/versions/1/export");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentDisposition()).contains("monthly-100-v1.json");

        Browser.Download xlsx = admin.download("/api/v1/schemes/" + scheme + "/versions/1/reference.xlsx");
        assertThat(String.join("|", Xlsx.texts(xlsx.content()))).contains("党员量化积分制考核参考标准", "理论学习（基础，最高20分）",
                "每月学习笔记1000字以上", "酌情 0 至 20 分", "年度总分：0.8 × 年度考核积分 + 0.2 × 民主评议。");
        Browser.Download pdf = admin.download("/api/v1/schemes/" + scheme + "/versions/1/reference.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("党员量化积分制考核参考标准",
                    "每月学习笔记1000字以上", "优秀（90分及以上）");
        }

        Response imported = admin.upload("/api/v1/orgs/" + institution.rootOrgId() + "/schemes/import?year=2027", "scheme.json",
                exported.content());
        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        assertThat(imported.json().get("code").asString()).isEqualTo("monthly-100");
        assertThat(document(admin, UUID.fromString(imported.json().get("id").asString()), 1).toString())
            .isEqualTo(JSON.readTree(new String(exported.content(), StandardCharsets.UTF_8)).toString());

        Response unreadable = admin.upload("/api/v1/orgs/" + institution.rootOrgId() + "/schemes/import?year=2028", "scheme.json",
                "not json".getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(fields(unreadable)).containsExactly("file");
        ObjectNode broken = (ObjectNode) JSON.readTree(new String(exported.content(), StandardCharsets.UTF_8));
        ((ObjectNode) broken.get("grades").get(1)).put("min", 95);
        Response invalid = admin.upload("/api/v1/orgs/" + institution.rootOrgId() + "/schemes/import?year=2028", "scheme.json",
                JSON.writeValueAsBytes(broken));
        assertThat(fields(invalid)).containsExactly("grades[1].min");
        assertThat(admin.get("/api/v1/orgs/" + institution.rootOrgId() + "/schemes").json().get("own")).hasSize(2);
    }

    private static Response saveDraft(Browser admin, UUID scheme, long lock, JsonNode document) {
        return admin.send("PUT", "/api/v1/schemes/" + scheme + "/draft",
                JSON.writeValueAsString(Map.of("lock", lock, "document", document)), "application/json");
    }

    private static ObjectNode document(Browser admin, UUID scheme, int version) {
        return (ObjectNode) JSON.readTree(admin.get("/api/v1/schemes/" + scheme + "/versions/" + version).json().get("document").toString());
    }

    private static long lock(Response scheme) {
        return scheme.json().get("lock").asLong();
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static UUID create(Browser admin, UUID parentId, String type, String name) {
        Response created = admin.postJson("/api/v1/orgs", Map.of("parentId", parentId, "type", type, "name", name));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }
}
