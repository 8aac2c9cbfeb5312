package cn.xianfeng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.xianfeng.XianfengApplication;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.TestDatabase;

import tools.jackson.databind.JsonNode;

class ScriptAccessTests extends IntegrationTest {

    @Test
    void discoveryDescribesTheAuthorizationServer() {
        JsonNode discovery = browser().get("/.well-known/openid-configuration").json();

        assertThat(discovery.get("issuer").asString()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(discovery.get("authorization_endpoint").asString()).endsWith("/oauth2/authorize");
        assertThat(discovery.get("token_endpoint").asString()).endsWith("/oauth2/token");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
        assertThat(browser().get("/oauth2/jwks").json().get("keys").size()).isEqualTo(1);
    }

    @Test
    void aScriptObtainsAnAccessTokenWithPkceAndCallsTheApiWithIt() {
        Institution institution = onboard("脚本党委");

        String token = browser().scriptAccessToken(institution.login(), institution.password());
        Response me = browser().withBearerToken(token).get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("memberships").get(0).get("tenantId").asString())
            .isEqualTo(institution.tenantId().toString());
        assertThat(browser().withBearerToken(token + "x").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theSigningKeyIsStoredInPostgresqlWithItsPrivateHalfEncrypted() {
        browser().get("/oauth2/jwks");

        Map<String, Object> key = asOwner().sql("select key_id, encrypted_private_key from signing_keys").query().singleRow();

        assertThat((String) key.get("encrypted_private_key")).doesNotStartWith("MII").matches("[0-9a-f]+");
        assertThat(browser().get("/oauth2/jwks").json().get("keys").get(0).get("kid").asString()).isEqualTo(key.get("key_id"));
    }

    @Test
    void anotherReplicaOnTheSameDatabaseAcceptsTheTokenAndPublishesTheSameKey() {
        Institution institution = onboard("多实例党委");
        String token = browser().scriptAccessToken(institution.login(), institution.password());

        String database = TestDatabase.get().url();
        try (ConfigurableApplicationContext replica = new SpringApplicationBuilder(XianfengApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabase.APP, "--spring.datasource.password=" + TestDatabase.APP,
                "--spring.flyway.url=" + database, "--spring.flyway.user=" + TestDatabase.OWNER,
                "--spring.flyway.password=" + TestDatabase.OWNER, "--spring.flyway.placeholders.appRole=" + TestDatabase.APP)) {
            int replicaPort = Integer.parseInt(replica.getEnvironment().getRequiredProperty("local.server.port"));
            cn.xianfeng.testing.Browser atReplica = new cn.xianfeng.testing.Browser(replicaPort);

            assertThat(atReplica.withBearerToken(token).get("/api/v1/me").status()).isEqualTo(200);
            assertThat(atReplica.get("/oauth2/jwks").body()).isEqualTo(browser().get("/oauth2/jwks").body());
        }
    }
}
