package cn.xianfeng.testing;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP response as a test looks at it. */
public record Response(int status, HttpHeaders headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JsonNode json() {
        return JSON.readTree(body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    public boolean isProblem() {
        return contentType() != null && contentType().startsWith("application/problem+json");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
