package cn.xianfeng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.xianfeng.testing.BadInputCorpus;
import cn.xianfeng.testing.BadInputCorpus.Case;
import cn.xianfeng.testing.BadInputCorpus.Operation;
import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Place;
import cn.xianfeng.testing.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input harness. It reads the API's own description ({@code /v3/api-docs}) and sends every operation a
 * corpus made from its parameters and body schema ({@link BadInputCorpus}): malformed JSON, a wrong JSON type in
 * every field, missing and null required fields, NUL and other control characters, 100 kB strings, huge, negative
 * and {@code 1e309} numbers, unknown enum values, invalid ids and percent-encoded NUL or {@code /} in paths,
 * out-of-range years, months, quarters and pages, multipart without a boundary, bad file names, 1 MB and 10 MB
 * bodies. Each request is aimed at the caller's own data, so that only the bad part can be refused. Every answer
 * must be a 4xx problem+json in the caller's language (one case in seven asks in English), naming the field where a field was at fault, and nothing
 * may be stored. An operation the corpus cannot be made for fails the test: a new endpoint is covered by being
 * described, or the harness says what it lacks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private Institution institution;
    private Browser admin;
    private Place place;
    private BadInputCorpus corpus;

    @BeforeAll
    void aPlaceOfTheCallersOwn() {
        institution = onboard("坏输入党委");
        admin = signedIn(institution);
        place = placeWithMember(admin, institution.rootOrgId());
        JsonNode preset = JSON.readTree(admin.get("/api/v1/scheme-presets/annual-from-zero").body());
        JsonNode notifications = JSON.readTree(place.memberBrowser().get("/api/v1/me/notifications").body());
        String notification = notifications.isArray() && !notifications.isEmpty() ? notifications.get(0).get("id").asString()
                : UUID.randomUUID().toString();
        Response apiDocs = admin.get("/v3/api-docs");
        assertThat(apiDocs.body()).as("%s", apiDocs).startsWith("{");
        corpus = new BadInputCorpus(JSON.readTree(apiDocs.body()), preset, ids(notification), YEAR, Map.of(
                "POST /api/v1/orgs", "{\"parentId\":\"" + institution.rootOrgId() + "\",\"type\":\"BRANCH\",\"name\":\"新支部\"}",
                "PATCH /api/v1/orgs/{id}", "{\"version\":0,\"name\":\"改名\",\"sortOrder\":0}",
                "POST /api/v1/orgs/{orgId}/schemes", "{\"year\":" + (YEAR + 1) + ",\"preset\":\"four-25\"}",
                "POST /api/v1/exemptions", "{\"memberId\":\"" + place.member() + "\",\"reason\":\"ELDERLY_OR_ILL\","
                        + "\"effectiveFrom\":\"" + (YEAR + 1) + "-01-01\",\"upperApprovalRequired\":false,\"appliedOn\":\"" + YEAR + "-01-05\"}"));
    }

    @Test
    void everyOperationRefusesEveryBadInputWithAProblemInTheCallersLanguageAndChangesNothing() {
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int cases = 0;
        int serverErrors = 0;
        int notProblems = 0;
        for (Operation operation : corpus.operations()) {
            List<Case> corpusOfOperation = corpus.casesFor(operation);
            assertThat(corpusOfOperation).as("no corpus for %s", operation).isNotEmpty();
            operations++;
            String before = fingerprint();
            for (Case badInput : corpusOfOperation) {
                cases++;
                // One case in seven asks in English: the answer must then have no Chinese in it.
                boolean english = cases % 7 == 0;
                Response response;
                try {
                    response = send(operation, badInput, english ? "en" : "zh-CN");
                }
                catch (IllegalStateException broken) {
                    failures.add(operation + " [" + badInput.name() + "]: no answer, " + broken.getMessage());
                    continue;
                }
                String label = operation + " [" + badInput.name() + "] → " + response.status() + " "
                        + abbreviate(response.body());
                if (response.status() >= 500) {
                    serverErrors++;
                }
                if (!response.isProblem()) {
                    notProblems++;
                }
                String problem = judge(badInput, response, english);
                if (problem != null) {
                    failures.add(label + ": " + problem);
                }
            }
            if (!fingerprint().equals(before)) {
                failures.add(operation + ": stored something");
            }
        }
        failures.forEach(failure -> System.out.println("BAD-INPUT FAILURE " + failure));
        System.out.printf("BAD-INPUT: %d operations × %d cases in all, %d answered 5xx, %d not problem+json, %d failures%n",
                operations, cases, serverErrors, notProblems, failures.size());
        assertThat(operations).as("operations in /v3/api-docs").isEqualTo(corpus.operations().size());
        assertThat(failures).as("bad inputs answered wrongly").isEmpty();
    }

    /** Why the answer is wrong, or null when it is a right refusal in the language asked for. */
    private static String judge(Case badInput, Response response, boolean english) {
        if (response.status() < 400 || response.status() >= 500) {
            return "not a 4xx";
        }
        if (!response.isProblem()) {
            return "not problem+json";
        }
        JsonNode body = JSON.readTree(response.body());
        String detail = body.path("detail").asString("");
        if (detail.isBlank() || CHINESE.matcher(detail).find() == english) {
            return english ? "detail not in English" : "detail not in Chinese";
        }
        for (JsonNode error : body.path("errors")) {
            String message = error.path("message").asString("");
            if (message.isBlank() || CHINESE.matcher(message).find() == english) {
                return english ? "a field's message not in English" : "a field's message not in Chinese";
            }
        }
        if (badInput.field() != null && response.status() == 400 && !names(body, badInput.field())) {
            return "does not name " + badInput.field();
        }
        return null;
    }

    /** Whether the problem names the field, or a field on its path (the object it sits in, or one inside it). */
    private static boolean names(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asString("");
            if (!named.isEmpty() && (named.equals(field) || field.startsWith(named + ".") || field.startsWith(named + "[")
                    || named.startsWith(field + ".") || named.startsWith(field + "["))) {
                return true;
            }
        }
        return false;
    }

    private Response send(Operation operation, Case badInput, String language) {
        Browser caller = !badInput.signedIn() ? browser() : switch (operation.caller()) {
            case ANONYMOUS -> browser();
            case MEMBER -> place.memberBrowser();
            case ADMIN -> admin;
        };
        badInput.headers().forEach(caller::withHeader);
        caller.language(language);
        try {
            return badInput.body() == null ? caller.send(operation.method(), badInput.target(), null, null)
                    : caller.sendBytes(operation.method(), badInput.target(), badInput.body(), badInput.contentType());
        }
        finally {
            badInput.headers().keySet().forEach(name -> caller.withHeader(name, null));
            caller.language("zh-CN");
        }
    }

    /** The ids of the caller's own data that a path or field of that name takes. */
    private Function<String, String> ids(String notification) {
        Map<String, UUID> byName = new LinkedHashMap<>();
        byName.put("orgs", institution.rootOrgId());
        byName.put("orgId", institution.rootOrgId());
        byName.put("parentId", institution.rootOrgId());
        byName.put("newParentId", institution.rootOrgId());
        byName.put("branchId", place.branch());
        byName.put("toBranchId", place.branch());
        byName.put("members", place.member());
        byName.put("memberId", place.member());
        byName.put("subjectMemberId", place.member());
        byName.put("participantIds", place.member());
        byName.put("roles", place.assignment());
        byName.put("exemptions", place.exemption());
        byName.put("link-invitations", place.invitation());
        byName.put("links", place.link());
        byName.put("schemes", place.scheme());
        byName.put("fromVersionId", place.schemeVersion());
        byName.put("toVersionId", place.schemeVersion());
        byName.put("deriveFromVersionId", place.schemeVersion());
        byName.put("evidence", place.evidence());
        byName.put("evidenceIds", place.evidence());
        byName.put("declarations", place.declaration());
        byName.put("ledger-entries", place.ledgerEntry());
        byName.put("ledgerEntryId", place.ledgerEntry());
        byName.put("items", place.ledgerEntry());
        byName.put("entry-flags", place.flag());
        byName.put("activities", place.activity());
        byName.put("periods", place.period());
        byName.put("filings", place.filing());
        byName.put("spot-checks", place.spotCheck());
        byName.put("alerts", place.alert());
        byName.put("objections", place.objection());
        byName.put("notifications", UUID.fromString(notification));
        return name -> {
            UUID id = byName.get(name);
            return id == null ? null : id.toString();
        };
    }

    /** Every row of the institution, and the global tables an anonymous sign-up could write. */
    private String fingerprint() {
        return fingerprintOfTenant(institution.tenantId())
                + asOwner().sql("select count(*) from tenants").query(String.class).single()
                + asOwner().sql("select md5(string_agg(u::text, ',' order by u.id)) from users u").query(String.class).single();
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replace('\n', ' ');
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
