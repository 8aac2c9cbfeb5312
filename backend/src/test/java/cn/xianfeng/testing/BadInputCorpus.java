package cn.xianfeng.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad inputs for every operation of an OpenAPI description. Each operation gets a valid request aimed at the
 * caller's own data (path and query ids from {@code ids}, a body made from its schema, a scheme document from a
 * preset), and each case spoils one part of it: one parameter, one field of the body, the body as a whole, or the
 * uploaded file. The harness sends them; this class only makes them.
 */
public final class BadInputCorpus {

    public enum Caller { ADMIN, MEMBER, ANONYMOUS }

    /** An operation of the API: {@code POST /api/v1/orgs}. */
    public record Operation(String method, String path, JsonNode description) {

        public Caller caller() {
            if (path.equals("/api/v1/onboarding")) {
                return Caller.ANONYMOUS;
            }
            boolean members = path.startsWith("/api/v1/me/") || path.equals("/api/v1/evidence") && method.equals("POST");
            return members ? Caller.MEMBER : Caller.ADMIN;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * One bad request: the path with its query, the body (null: none) and its content type, and the field the
     * answer must name when it is a 400 (null: none in particular).
     */
    public record Case(String name, String target, byte[] body, String contentType, String field, Map<String, String> headers,
            boolean signedIn) {

        Case(String name, String target, byte[] body, String contentType, String field) {
            this(name, target, body, contentType, field, Map.of(), true);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON_TYPE = "application/json";
    private static final String MULTIPART = "multipart/form-data";
    private static final String TENANT_HEADER = "X-Tenant-Id";
    /** How deep into a body's objects the fields are spoilt one by one. */
    private static final int DEPTH = 4;
    private static final String HUNDRED_KB = "字".repeat(100 * 1024 / 3);
    private static final Set<String> URL_REFUSALS = Set.of("NUL", "slash", "dot-dot-slash", "control", "empty");
    private static final Set<String> PARAMETER_PLACES = Set.of("path", "query");

    private final JsonNode apiDocs;
    private final JsonNode schemeDocument;
    private final Function<String, String> ids;
    private final int year;
    private final Map<String, String> validBodies;

    /**
     * {@code validBodies}: for the operations whose body made from the schema alone would break a rule of the domain
     * (a committee given a branch's domain), a valid body by operation ({@code "POST /api/v1/orgs"}).
     */
    public BadInputCorpus(JsonNode apiDocs, JsonNode schemeDocument, Function<String, String> ids, int year,
            Map<String, String> validBodies) {
        this.apiDocs = apiDocs;
        this.schemeDocument = schemeDocument;
        this.ids = ids;
        this.year = year;
        this.validBodies = validBodies;
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (var path : apiDocs.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                operations.add(new Operation(operation.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        operation.getValue()));
            }
        }
        return operations;
    }

    /** Every bad request for the operation; throws when a part of it has no valid value to start from. */
    public List<Case> casesFor(Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.description().path("parameters")) {
            if (PARAMETER_PLACES.contains(parameter.get("in").asString())) {
                JsonNode schema = resolve(parameter.get("schema"));
                String name = parameter.get("name").asString();
                boolean inPath = parameter.get("in").asString().equals("path");
                String value = parameterValue(operation.path(), name, schema, inPath);
                if (value == null && (inPath || parameter.path("required").asBoolean(false))) {
                    throw new IllegalStateException(operation + ": no valid value for the parameter " + name
                            + "; add the id of the caller's own data it takes to the harness");
                }
                parameters.add(new Parameter(name, inPath, inPath || parameter.path("required").asBoolean(false), schema, value));
            }
        }
        List<Case> cases = new ArrayList<>();
        String valid = target(operation, parameters, null, null);
        if (operation.caller() != Caller.ANONYMOUS) {
            cases.add(new Case("not signed in", valid, validBody(operation), validContentType(operation), null, Map.of(), false));
        }
        boolean inTenant = false;
        for (JsonNode parameter : operation.description().path("parameters")) {
            inTenant |= parameter.get("name").asString().equals(TENANT_HEADER);
        }
        if (inTenant) {
            cases.add(new Case("malformed " + TENANT_HEADER, valid, validBody(operation), validContentType(operation), TENANT_HEADER,
                    Map.of(TENANT_HEADER, "not-a-tenant"), true));
            cases.add(new Case("an institution the caller has no role in", valid, validBody(operation), validContentType(operation),
                    null, Map.of(TENANT_HEADER, UUID.randomUUID().toString()), true));
        }
        for (Parameter spoilt : parameters) {
            for (var bad : badParameterValues(spoilt).entrySet()) {
                // A path the server refuses before it is routed has no parameters yet to name.
                boolean unroutable = spoilt.inPath() && URL_REFUSALS.contains(bad.getKey());
                cases.add(new Case(spoilt.name() + "=" + bad.getKey(), target(operation, parameters, spoilt, bad.getValue()),
                        validBody(operation), validContentType(operation), unroutable ? null : spoilt.name()));
            }
        }
        String target = valid;
        JsonNode body = operation.description().path("requestBody").path("content");
        if (body.has(JSON_TYPE)) {
            cases.addAll(jsonBodyCases(target, resolve(body.get(JSON_TYPE).get("schema")), validJson(operation)));
        }
        else if (body.has(MULTIPART)) {
            cases.addAll(uploadCases(target, operation));
        }
        return cases;
    }

    private record Parameter(String name, boolean inPath, boolean required, JsonNode schema, String value) {
    }

    // ---- parameters

    private String parameterValue(String path, String name, JsonNode schema, boolean inPath) {
        if (inPath) {
            String segment = path.substring(0, path.indexOf("{" + name + "}") - 1);
            String resource = segment.substring(segment.lastIndexOf('/') + 1);
            return switch (resource) {
                case "versions" -> "1";
                case "scheme-presets" -> "four-25";
                default -> ids.apply(resource);
            };
        }
        String known = switch (name) {
            case "year" -> String.valueOf(year);
            case "month" -> thisMonth();
            case "quarter" -> year + "-Q1";
            case "page" -> "0";
            case "size" -> "20";
            case "q" -> "张";
            case "includeClosed" -> "false";
            default -> ids.apply(name);
        };
        if (known == null && schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        return known;
    }

    private static Map<String, String> badParameterValues(Parameter parameter) {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("NUL", "%00");
        bad.put("control", "a%07b");
        bad.put("long", "x".repeat(4000));
        String type = parameter.schema().path("type").asString("string");
        String format = parameter.schema().path("format").asString("");
        // Free text (a search) may hold slashes; an id, a number, a month or a choice may not.
        boolean structured = !type.equals("string") || !format.isEmpty() || parameter.schema().has("enum") || parameter.inPath()
                || Set.of("month", "quarter").contains(parameter.name());
        if (structured) {
            bad.put("slash", "%2F");
            bad.put("dot-dot-slash", "..%2F..%2F");
        }
        if (format.equals("uuid")) {
            bad.put("not a uuid", "not-a-uuid");
            if (parameter.required()) {
                bad.put("empty", "");
            }
        }
        if (type.equals("integer")) {
            bad.put("text", "abc");
            bad.put("fraction", "1.5");
            bad.put("huge", "99999999999999999999");
            bad.put("negative", "-1");
            bad.put("1e309", "1e309");
            switch (parameter.name()) {
                case "year" -> {
                    bad.put("year 0", "0");
                    bad.put("year 99999", "99999");
                }
                case "page" -> bad.put("page past any list", "100000000");
                case "size" -> {
                    bad.put("size 0", "0");
                    bad.put("size 100000", "100000");
                }
                case "number" -> bad.put("number 0", "0");
                default -> { }
            }
        }
        if (type.equals("boolean")) {
            bad.put("not a boolean", "maybe");
        }
        switch (parameter.name()) {
            case "month" -> {
                bad.put("month 13", "2026-13");
                bad.put("month of year 0", "0000-01");
                bad.put("not a month", "12345");
            }
            case "quarter" -> {
                bad.put("quarter 5", "2026-Q5");
                bad.put("not a quarter", "2026-13");
            }
            default -> { }
        }
        if (parameter.schema().has("enum")) {
            bad.put("unknown enum", "NOT_A_VALUE");
        }
        return bad;
    }

    private static String target(Operation operation, List<Parameter> parameters, Parameter spoilt, String badValue) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : parameters) {
            String value = parameter == spoilt ? badValue : encode(parameter.value());
            if (parameter.inPath()) {
                path = path.replace("{" + parameter.name() + "}", value);
            }
            else if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(value);
            }
        }
        return path + query;
    }

    private static String encode(String value) {
        return value == null ? null : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---- JSON bodies

    private List<Case> jsonBodyCases(String target, JsonNode schema, JsonNode valid) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("malformed JSON", target, utf8("{\"a\": "), JSON_TYPE, null));
        cases.add(new Case("empty body", target, new byte[0], JSON_TYPE, null));
        cases.add(new Case("an array for the body", target, utf8("[]"), JSON_TYPE, null));
        cases.add(new Case("a string for the body", target, utf8("\"x\""), JSON_TYPE, null));
        cases.add(new Case("text/plain", target, utf8(JSON.writeValueAsString(valid)), "text/plain", null));
        cases.add(new Case("1 MB body", target, padded(valid, 1024 * 1024), JSON_TYPE, null));
        cases.add(new Case("10 MB body", target, padded(valid, 10 * 1024 * 1024), JSON_TYPE, null));
        spoilFields(target, valid, schema, "", 0, cases);
        return cases;
    }

    /** The valid body with a property of junk to make it {@code size} bytes long. */
    private static byte[] padded(JsonNode valid, int size) {
        ObjectNode body = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
        body.put("padding", "x".repeat(size));
        return utf8(JSON.writeValueAsString(body));
    }

    /** For each field of the object (and of the objects in it, down to {@link #DEPTH}), cases that spoil it alone. */
    private void spoilFields(String target, JsonNode root, JsonNode schema, String at, int depth, List<Case> cases) {
        JsonNode properties = schema.path("properties");
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (var property : properties.properties()) {
            String name = property.getKey();
            String field = at.isEmpty() ? name : at + "." + name;
            JsonNode fieldSchema = resolve(property.getValue());
            for (var bad : badValues(fieldSchema).entrySet()) {
                cases.add(new Case(field + ": " + bad.getKey(), target, replaced(root, field, bad.getValue()), JSON_TYPE, field));
            }
            if (required.contains(name)) {
                cases.add(new Case(field + ": missing", target, replaced(root, field, MISSING), JSON_TYPE, field));
                cases.add(new Case(field + ": null", target, replaced(root, field, "null"), JSON_TYPE, field));
            }
            if (depth + 1 < DEPTH && present(root, field)) {
                if (type(fieldSchema).equals("object")) {
                    spoilFields(target, root, fieldSchema, field, depth + 1, cases);
                }
                JsonNode items = resolve(fieldSchema.path("items"));
                if (type(fieldSchema).equals("array") && type(items).equals("object") && present(root, field + "[0]")) {
                    spoilFields(target, root, items, field + "[0]", depth + 1, cases);
                }
            }
        }
    }

    private static final String MISSING = "\u0000missing";

    /** Raw JSON texts that are wrong for a value of this schema. */
    private static Map<String, String> badValues(JsonNode schema) {
        Map<String, String> bad = new LinkedHashMap<>();
        String type = type(schema);
        switch (type) {
            case "string" -> {
                bad.put("a number", "12345");
                bad.put("true", "true");
                bad.put("an object", "{}");
                bad.put("an array", "[]");
                if (!schema.path("format").asString("").equals("binary")) {
                    bad.put("NUL", "\"a\\u0000b\"");
                    bad.put("control character", "\"a\\u0007b\"");
                    bad.put("100 kB", "\"" + HUNDRED_KB + "\"");
                }
                switch (schema.path("format").asString("")) {
                    case "uuid" -> bad.put("not a uuid", "\"not-a-uuid\"");
                    case "date" -> {
                        bad.put("day 45 of month 13", "\"2026-13-45\"");
                        bad.put("digits", "\"12345\"");
                    }
                    default -> { }
                }
                if (schema.has("enum")) {
                    bad.put("unknown enum", "\"NOT_A_VALUE\"");
                }
            }
            case "integer", "number" -> {
                bad.put("a string", "\"1\"");
                bad.put("true", "true");
                bad.put("an object", "{}");
                bad.put("1e309", "1e309");
                bad.put("huge", "99999999999999999999999");
                bad.put("huge negative", "-99999999999999999999999");
                if (type.equals("integer")) {
                    bad.put("a fraction", "1.5");
                }
                boolean nonNegative = schema.path("minimum").asDouble(-1) >= 0 || schema.path("exclusiveMinimum").asDouble(-1) >= 0;
                if (nonNegative) {
                    bad.put("negative", "-1");
                }
            }
            case "boolean" -> {
                bad.put("a string", "\"true\"");
                bad.put("a number", "1");
                bad.put("an object", "{}");
            }
            case "array" -> {
                bad.put("a string", "\"x\"");
                bad.put("an object", "{}");
                bad.put("a number", "1");
            }
            case "object" -> {
                bad.put("a string", "\"x\"");
                bad.put("an array", "[]");
                bad.put("a number", "1");
            }
            default -> { }
        }
        return bad;
    }

    /** The body with the value at the path replaced by a raw JSON text (or removed, for {@link #MISSING}). */
    private static byte[] replaced(JsonNode root, String path, String rawJson) {
        JsonNode copy = root.deepCopy();
        String marker = "@@" + UUID.randomUUID() + "@@";
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode container = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            container = step(container, steps[i]);
            if (container == null) {
                return utf8(JSON.writeValueAsString(copy));
            }
        }
        String last = steps[steps.length - 1];
        if (container instanceof ObjectNode object) {
            if (rawJson.equals(MISSING)) {
                object.remove(last);
            }
            else {
                object.put(last, marker);
            }
        }
        else if (container instanceof ArrayNode array && last.startsWith("[")) {
            array.set(Integer.parseInt(last.substring(1, last.length() - 1)), NODES.stringNode(marker));
        }
        return utf8(JSON.writeValueAsString(copy).replace("\"" + marker + "\"", rawJson));
    }

    /** Whether the valid body has a value at the path (only then are the fields inside it spoilt one by one). */
    private static boolean present(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.replace("[", ".[").split("\\.")) {
            node = node == null ? null : step(node, step);
        }
        return node != null && !node.isNull();
    }

    private static JsonNode step(JsonNode container, String step) {
        if (step.startsWith("[")) {
            return container.get(Integer.parseInt(step.substring(1, step.length() - 1)));
        }
        return container.get(step);
    }

    /** A valid value of the schema for a field of this name, aimed at the caller's own data. */
    private JsonNode validValue(String name, JsonNode schema, int depth) {
        if (schema.path("$ref").asString("").endsWith("/SchemeDocument")) {
            return schemeDocument.deepCopy();
        }
        JsonNode resolved = resolve(schema);
        if (resolved.path("$ref").asString("").endsWith("/SchemeDocument") || name.equals("document") || name.equals("scheme")) {
            return schemeDocument.deepCopy();
        }
        String type = type(resolved);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 6) {
                    return object;
                }
                for (var property : resolved.path("properties").properties()) {
                    JsonNode value = validValue(property.getKey(), property.getValue(), depth + 1);
                    if (value != null) {
                        object.set(property.getKey(), value);
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                JsonNode element = validValue(name, resolved.path("items"), depth + 1);
                if (element != null) {
                    array.add(element);
                }
                return array;
            }
            case "integer", "number" -> {
                return switch (name) {
                    case "version", "lock" -> NODES.numberNode(0);
                    case "year" -> NODES.numberNode(year);
                    default -> NODES.numberNode(resolved.path("minimum").asInt(1));
                };
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "string" -> {
                return stringValue(name, resolved);
            }
            default -> {
                return null;
            }
        }
    }

    private JsonNode stringValue(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asString("");
        String known = switch (name) {
            case "month", "from" -> thisMonth();
            case "to" -> year + "-12";
            case "period" -> year + "-Q1";
            case "item" -> "P2-SPEECH";
            case "preset" -> "four-25";
            case "code" -> "NOT-A-REAL-CODE";
            case "mobile" -> "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
            case "password" -> "correct-horse-1";
            case "seed" -> "12345";
            default -> null;
        };
        if (known != null) {
            return NODES.stringNode(known);
        }
        return switch (format) {
            case "uuid" -> {
                String id = ids.apply(name);
                yield id == null ? null : NODES.stringNode(id);
            }
            case "date" -> NODES.stringNode(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
            case "date-time" -> NODES.stringNode(java.time.OffsetDateTime.now().toString());
            case "email" -> NODES.stringNode(UUID.randomUUID() + "@example.cn");
            case "binary" -> null;
            default -> schema.has("pattern") ? null : NODES.stringNode("测试");
        };
    }

    // ---- uploads

    private List<Case> uploadCases(String target, Operation operation) {
        boolean evidence = operation.path().equals("/api/v1/evidence");
        String fileName = evidence ? "photo.jpg" : "import.xlsx";
        byte[] content = evidence ? new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0} : new byte[] {1, 2, 3};
        String boundary = "bad-input-" + UUID.randomUUID();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("multipart without a boundary", target, multipart(boundary, "file", fileName, content), MULTIPART, null));
        cases.add(new Case("no file part", target, multipart(boundary, "other", fileName, content), MULTIPART + "; boundary=" + boundary,
                "file"));
        cases.add(new Case("empty file", target, multipart(boundary, "file", fileName, new byte[0]), MULTIPART + "; boundary=" + boundary,
                "file"));
        cases.add(new Case("NUL in the file name", target, multipart(boundary, "file", "a\u0000b-" + fileName, content),
                MULTIPART + "; boundary=" + boundary, "file"));
        cases.add(new Case("control character in the file name", target, multipart(boundary, "file", "a\u0007b-" + fileName, content),
                MULTIPART + "; boundary=" + boundary, "file"));
        cases.add(new Case("broken multipart", target, utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\""),
                MULTIPART + "; boundary=" + boundary, null));
        cases.add(new Case("1 MB of junk", target, multipart(boundary, "file", fileName, junk(1024 * 1024)),
                MULTIPART + "; boundary=" + boundary, null));
        cases.add(new Case("a file over the limit", target, multipart(boundary, "file", fileName, junk(25 * 1024 * 1024)),
                MULTIPART + "; boundary=" + boundary, null));
        cases.add(new Case("JSON instead of a file", target, utf8("{}"), JSON_TYPE, null));
        return cases;
    }

    private static byte[] junk(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    private static byte[] multipart(String boundary, String part, String fileName, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    // ---- the valid request's body, for the cases that spoil a parameter

    private JsonNode validJson(Operation operation) {
        String given = validBodies.get(operation.toString());
        return given != null ? JSON.readTree(given)
                : validValue("", operation.description().path("requestBody").path("content").get(JSON_TYPE).get("schema"), 0);
    }

    private byte[] validBody(Operation operation) {
        JsonNode content = operation.description().path("requestBody").path("content");
        if (content.has(JSON_TYPE)) {
            return utf8(JSON.writeValueAsString(validJson(operation)));
        }
        if (content.has(MULTIPART)) {
            return multipart("bad-input", "file", "import.xlsx", new byte[] {1, 2, 3});
        }
        return null;
    }

    private static String validContentType(Operation operation) {
        JsonNode content = operation.description().path("requestBody").path("content");
        if (content.has(JSON_TYPE)) {
            return JSON_TYPE;
        }
        return content.has(MULTIPART) ? MULTIPART + "; boundary=bad-input" : null;
    }

    // ---- schemas

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String name = current.get("$ref").asString().substring("#/components/schemas/".length());
            current = apiDocs.get("components").get("schemas").get(name);
        }
        if (current.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            ObjectNode properties = merged.putObject("properties");
            ArrayNode required = merged.putArray("required");
            merged.put("type", "object");
            for (JsonNode part : current.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.path("properties").properties().forEach(entry -> properties.set(entry.getKey(), entry.getValue()));
                resolved.path("required").forEach(required::add);
            }
            return merged;
        }
        if (current.has("oneOf")) {
            return resolve(current.get("oneOf").get(0));
        }
        return current;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asString().equals("null")) {
                    return one.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : "";
    }

    private String thisMonth() {
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        return (now.getYear() == year ? now : YearMonth.of(year, 1)).toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
