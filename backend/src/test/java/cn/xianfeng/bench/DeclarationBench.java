package cn.xianfeng.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.xianfeng.testing.Browser;
import cn.xianfeng.testing.IntegrationTest;
import cn.xianfeng.testing.Response;
import cn.xianfeng.testing.TestDatabase;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code make bench}: month-end declarations through the whole HTTP stack (signed in, validated against the scheme
 * and the deadline, persisted, audited, idempotency-keyed) from several members at once, compared with raw
 * single-row INSERTs into the same table at the same concurrency, in the same run. Prints; asserts no timing.
 *
 * <p>The declarations are sent by wrk, a load generator in its own process, where it is installed (apt-get install
 * wrk); otherwise by the JDK's HTTP client in this JVM, which takes from the two cores the server needs. The server
 * is warmed first, as a server at month-end has been running for days; the raw INSERTs are measured twice after the
 * declarations, and their mean is the baseline.
 */
@Tag("bench")
class DeclarationBench extends IntegrationTest {

    private static final int CONNECTIONS = 8;
    private static final int MEMBERS = 40;
    private static final int WARM_UP_SECONDS = 30;
    private static final int MEASURED_SECONDS = 10;
    private static final int IN_JVM_DECLARATIONS = 4_000;
    private static final int RAW_INSERTS = 20_000;
    private static final Path WRK = Path.of("/usr/bin/wrk");

    @Test
    void declarationThroughputComparedWithRawInserts() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Institution institution = onboard("申报基准党委");
        Browser admin = signedIn(institution);
        UUID branch = branchScoredBy(admin, institution, "基准支部", "monthly-top-three", today.getYear());
        List<SignedInMember> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(signedInMember(admin, branch, "基准党员" + i));
        }
        Map<String, Object> declaration = Map.of("item", "P6-RIGHTS-DECLARE", "occurredOn", today.toString(),
                "description", "按时填报个人申报表", "submit", true);
        UUID version = asOwner().sql("select id from scheme_versions where tenant_id = ? and status = 'PUBLISHED'")
            .param(institution.tenantId()).query(UUID.class).single();
        RawInserts raw = new RawInserts(institution.tenantId(), members.getFirst().id(), branch, version, today);

        Measured declarations;
        Measured reads;
        if (Files.isExecutable(WRK)) {
            Wrk wrk = new Wrk(members, declaration);
            wrk.declarations(WARM_UP_SECONDS);
            long before = declarationCount(institution);
            declarations = wrk.declarations(MEASURED_SECONDS);
            long written = declarationCount(institution) - before;
            // wrk counts the answers it read; a request still in flight when it stopped may have been written too.
            assertThat(written).as("every answered declaration is a new row (no replayed key)")
                .isBetween(declarations.requests(), declarations.requests() + CONNECTIONS);
            reads = wrk.reads(MEASURED_SECONDS);
        } else {
            InJvmClient client = new InJvmClient(members, declaration);
            client.declarations(IN_JVM_DECLARATIONS);
            declarations = client.declarations(IN_JVM_DECLARATIONS);
            reads = client.reads(IN_JVM_DECLARATIONS);
        }
        raw.perSecond(); // warm-up: class loading, the driver, PostgreSQL's caches
        double rawFirst = raw.perSecond();
        double rawSecond = raw.perSecond();
        double rawPerSecond = (rawFirst + rawSecond) / 2;

        System.out.printf("%nBENCH declarations through HTTP (signed in, validated, persisted, audited, idempotency-keyed): %.0f /s"
                + " — %d in %s, %d connections, %d members, after %s%n", declarations.perSecond(), declarations.requests(),
                declarations.by(), CONNECTIONS, MEMBERS, Files.isExecutable(WRK) ? WARM_UP_SECONDS + " s of warm-up"
                        : "a warm-up round (apt-get install wrk to send them from outside this JVM)");
        System.out.printf("BENCH raw single-row INSERT into declarations (autocommit, app role, RLS on, %d threads): %.0f /s"
                + " (mean of %.0f and %.0f)%n", CONNECTIONS, rawPerSecond, rawFirst, rawSecond);
        System.out.printf("BENCH for scale, the lightest signed-in GET through the same stack: %.0f /s (ratio to raw INSERT %.2f)%n",
                reads.perSecond(), reads.perSecond() / rawPerSecond);
        double ratio = declarations.perSecond() / rawPerSecond;
        System.out.printf("BENCH ratio declarations / raw INSERT: %.2f (target ≥ 0.3 — %s)%n%n", ratio, ratio >= 0.3 ? "met" : "NOT met");
    }

    private long declarationCount(Institution institution) {
        return asOwner().sql("select count(*) from declarations where tenant_id = ?").param(institution.tenantId()).query(Long.class).single();
    }

    private record Measured(long requests, double perSecond, String by) {
    }

    /**
     * wrk over {@link #CONNECTIONS} connections, each request as one of the members (their session cookie and CSRF
     * token). Every run's Idempotency-Keys are new: a key sent before would be answered from the stored answer.
     */
    private static final class Wrk {

        private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(m?s)");

        private final String base;
        private final String sessions;
        private final String body;
        private int runs;

        Wrk(List<SignedInMember> members, Map<String, Object> declaration) {
            this.base = members.getFirst().browser().base().toString();
            StringBuilder lua = new StringBuilder();
            for (SignedInMember member : members) {
                lua.append(String.format("{cookie=%s, xsrf=%s},%n", lua(member.browser().cookieHeader()),
                        lua(member.browser().cookie("XSRF-TOKEN"))));
            }
            this.sessions = lua.toString();
            this.body = lua(new JsonMapper().writeValueAsString(declaration));
        }

        Measured declarations(int seconds) throws Exception {
            return run(seconds, """
                    return wrk.format("POST", "/api/v1/me/declarations", { ["Content-Type"] = "application/json", ["Cookie"] = session.cookie,
                      ["X-XSRF-TOKEN"] = session.xsrf, ["Idempotency-Key"] = run .. "-" .. id .. "-" .. sent }, %s)
                    """.formatted(body), 201);
        }

        Measured reads(int seconds) throws Exception {
            return run(seconds, """
                    return wrk.format("GET", "/api/v1/me/notifications", { ["Cookie"] = session.cookie })
                    """, 200);
        }

        private Measured run(int seconds, String request, int expected) throws Exception {
            Path script = Files.createTempFile("bench", ".lua");
            try {
                Files.writeString(script, """
                        local sessions = { %s }
                        local run = "%d-%d"
                        -- id is a global: setup counts threads in the main state and gives each thread its own.
                        id = 0
                        local sent = 0
                        function setup(thread) id = id + 1; thread:set("id", id) end
                        function request()
                          sent = sent + 1
                          local session = sessions[(sent * 7 + id) %% #sessions + 1]
                          %s
                        end
                        local shown = 0
                        function response(status, headers, body)
                          if status ~= %d and shown < 3 then shown = shown + 1; io.write("FAILED ", status, " ", body, "\\n") end
                        end
                        """.formatted(sessions, ProcessHandle.current().pid(), ++runs, request, expected));
                Process wrk = new ProcessBuilder(WRK.toString(), "-t", "2", "-c", String.valueOf(CONNECTIONS), "-d", seconds + "s", "-s",
                        script.toString(), base).redirectErrorStream(true).start();
                String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(wrk.waitFor()).as(output).isZero();
                assertThat(output).as("every request answered %d", expected).doesNotContain("Non-2xx", "FAILED");
                Matcher requests = REQUESTS.matcher(output);
                assertThat(requests.find()).as(output).isTrue();
                long count = Long.parseLong(requests.group(1));
                double elapsed = Double.parseDouble(requests.group(2)) / (requests.group(3).equals("ms") ? 1000 : 1);
                return new Measured(count, count / elapsed, "wrk");
            } finally {
                Files.delete(script);
            }
        }

        private static String lua(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    /** The JDK's HTTP client in this JVM, when wrk is not installed. */
    private record InJvmClient(List<SignedInMember> members, Map<String, Object> declaration) {

        Measured declarations(int count) throws Exception {
            return send(count, browser -> browser.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .postJson("/api/v1/me/declarations", declaration), 201);
        }

        Measured reads(int count) throws Exception {
            return send(count, browser -> browser.get("/api/v1/me/notifications"), 200);
        }

        private Measured send(int count, Function<Browser, Response> request, int expected) throws Exception {
            AtomicInteger failures = new AtomicInteger();
            double perSecond = concurrently(count, (thread, index) -> {
                Browser browser = members.get((index * CONNECTIONS + thread) % MEMBERS).browser();
                synchronized (browser) {
                    if (request.apply(browser).status() != expected) {
                        failures.incrementAndGet();
                    }
                }
            });
            assertThat(failures.get()).as("every request answered %d", expected).isZero();
            return new Measured(count, perSecond, "the JDK HTTP client");
        }
    }

    /** Single-row INSERTs of the same shape as a declaration, each its own transaction, as the application's role with the tenant set. */
    private record RawInserts(UUID tenantId, UUID member, UUID branch, UUID version, LocalDate day) {

        double perSecond() throws Exception {
            List<PreparedStatement> statements = new ArrayList<>();
            ThreadLocal<PreparedStatement> statement = ThreadLocal.withInitial(() -> {
                PreparedStatement prepared = prepare();
                synchronized (statements) {
                    statements.add(prepared);
                }
                return prepared;
            });
            try {
                return concurrently(RAW_INSERTS, (thread, index) -> {
                    PreparedStatement insert = statement.get();
                    insert.setObject(1, tenantId);
                    insert.setObject(2, UUID.randomUUID());
                    insert.setObject(3, member);
                    insert.setObject(4, branch);
                    insert.setObject(5, version);
                    insert.setObject(6, day);
                    insert.setObject(7, day.withDayOfMonth(1));
                    insert.setObject(8, member);
                    insert.executeUpdate();
                });
            } finally {
                for (PreparedStatement prepared : statements) {
                    prepared.getConnection().close();
                }
            }
        }

        private PreparedStatement prepare() {
            try {
                Connection connection = DriverManager.getConnection(TestDatabase.get().url(), TestDatabase.APP, TestDatabase.APP);
                connection.createStatement().execute("select set_config('app.tenant_id', '" + tenantId + "', false)");
                return connection.prepareStatement("""
                        insert into declarations (tenant_id, id, member_id, branch_id, scheme_version_id, item_code, occurred_on, month,
                            quantity, description, status, created_by, submitted_at)
                        values (?, ?, ?, ?, ?, 'P6-RIGHTS-DECLARE', ?, ?, 1, '直插', 'SUBMITTED', ?, now())""");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private interface Work {
        void run(int thread, int index) throws Exception;
    }

    /** Runs {@code total} pieces of work spread over {@link #CONNECTIONS} threads; the rate per second overall. */
    private static double concurrently(int total, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            long started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < CONNECTIONS; thread++) {
                int current = thread;
                running.add(pool.submit(() -> {
                    for (int index = 0; index < total / CONNECTIONS; index++) {
                        work.run(current, index);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return (total / CONNECTIONS * CONNECTIONS) / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
