package cn.xianfeng.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The API description the frontend's typed client is generated from. Errors are described as problem
 * details, and response properties are required unless they may be null, so the generated types are exact.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";
    private static final String TENANT_HEADER = ApiPaths.TENANT_HEADER;
    private static final String BEARER = "bearer";
    private static final String SESSION = "session";

    @Bean
    OpenAPI xianfengOpenApi() {
        return new OpenAPI()
            .info(new Info().title("Xianfeng API").version("v1")
                .description("党员积分管理 · 党支部评星定级. Errors are RFC 9457 problem details in the caller's language."))
            .servers(List.of(new Server().url("/")))
            .components(new Components()
                .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.COOKIE).name("XIANFENG_SESSION")
                    .description("The web app's session; writes also send X-XSRF-TOKEN from the XSRF-TOKEN cookie"))
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("An access token from the authorization server (docs/api.md)")))
            .addSecurityItem(new SecurityRequirement().addList(SESSION))
            .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemDetailsAndRequiredProperties() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().forEach((status, response) -> {
                        if (status.startsWith("4") || status.startsWith("5")) {
                            response.setContent(new Content().addMediaType("application/problem+json",
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                        }
                    })));
            declareTenantHeader(openApi);
            Set<String> requestBodies = requestBodySchemas(openApi);
            openApi.getComponents().getSchemas().forEach((name, schema) -> {
                boolean response = !requestBodies.contains(name) && !PROBLEM.equals(name);
                if (response && schema.getProperties() != null) {
                    schema.setRequired(requiredProperties(schema));
                }
            });
        };
    }

    /** Every operation that acts in a tenant takes the tenant to act in (not sign-up, not the caller's own profile). */
    private static void declareTenantHeader(OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> {
            if (ApiPaths.actsOutsideAnyTenant(path)) {
                return;
            }
            item.readOperations().forEach(operation -> {
                boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> TENANT_HEADER.equals(parameter.getName()));
                if (!declared) {
                    operation.addParametersItem(new Parameter().in("header").name(TENANT_HEADER)
                        .schema(new StringSchema().format("uuid"))
                        .description("The tenant to act in; optional when the user belongs to one tenant only"));
                }
            });
        });
    }

    /**
     * Request bodies, and the schemas nested in them, say what is required through their validation
     * annotations; leave them be.
     */
    private static Set<String> requestBodySchemas(OpenAPI openApi) {
        Set<String> names = new TreeSet<>();
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values()
                    .forEach(media -> collectReferences(media.getSchema(), openApi, names));
            }
        }));
        return names;
    }

    private static void collectReferences(Schema<?> schema, OpenAPI openApi, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (names.add(name)) {
                collectReferences(openApi.getComponents().getSchemas().get(name), openApi, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collectReferences(property, openApi, names));
        }
        collectReferences(schema.getItems(), openApi, names);
    }

    /** Every property whose type does not admit null. */
    private static List<String> requiredProperties(Schema<?> schema) {
        Set<String> required = new TreeSet<>();
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            Set<String> types = property.getValue().getTypes();
            if (types == null || !types.contains("null")) {
                required.add(property.getKey());
            }
        }
        return new ArrayList<>(required);
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
            .addProperty("field", new StringSchema().description("The JSON path of the field, e.g. mobile"))
            .addProperty("message", new StringSchema().description("Localized message"))
            .required(List.of("field", "message"));
        return new ObjectSchema()
            .description("RFC 9457 problem detail")
            .addProperty("type", new StringSchema().format("uri").description("Stable, e.g. urn:xianfeng:problem:validation"))
            .addProperty("title", new StringSchema())
            .addProperty("status", new IntegerSchema())
            .addProperty("detail", new StringSchema().description("Localized, for people"))
            .addProperty("instance", new StringSchema().format("uri"))
            .addProperty("errors", new ArraySchema().items(fieldError))
            .addProperty("rows", new ArraySchema().description("For a rejected import: every bad row").items(new ObjectSchema()
                .addProperty("row", new IntegerSchema().description("The spreadsheet's row number"))
                .addProperty("column", new StringSchema().description("The column's heading"))
                .addProperty("message", new StringSchema().description("Localized reason"))
                .required(List.of("row", "column", "message"))))
            .required(List.of("type", "title", "status"));
    }
}
