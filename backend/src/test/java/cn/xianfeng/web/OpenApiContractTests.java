package cn.xianfeng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frontend's typed client is generated from frontend/openapi/xianfeng.json; this keeps that file equal to
 * what the backend serves at /v3/api-docs. {@code make openapi} rewrites it (-Dopenapi.write=true).
 */
class OpenApiContractTests extends IntegrationTest {

    private static final Path COMMITTED = Path.of("..", "frontend", "openapi", "xianfeng.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void theFrontendsApiDescriptionMatchesTheBackend() throws IOException {
        JsonNode live = JSON.readTree(browser().get("/v3/api-docs").body());
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, JSON.writeValueAsString(live) + "\n");
        }

        assertThat(JSON.readTree(Files.readString(COMMITTED)))
            .as("frontend/openapi/xianfeng.json is stale: run `make openapi` and regenerate the client")
            .isEqualTo(live);
    }
}
