package cn.xianfeng.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL database of this test run's own: in a Testcontainers container where a Docker engine
 * is available, otherwise on the server named by {@code TEST_DATABASE_URL} (default: the local server). The
 * database is created with Xianfeng's two roles — the owner that migrates and the application role that
 * row-level security applies to — and dropped when the JVM exits.
 */
public final class TestDatabase {

    public static final String OWNER = "xianfeng_owner";
    public static final String APP = "xianfeng_app";

    private static TestDatabase instance;

    private final String url;

    private TestDatabase(String url) {
        this.url = url;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    /** Points the application at this database: the app role for queries, the owner for Flyway. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> APP);
        registry.add("spring.datasource.password", () -> APP);
        registry.add("spring.flyway.url", () -> url);
        registry.add("spring.flyway.user", () -> OWNER);
        registry.add("spring.flyway.password", () -> OWNER);
        registry.add("spring.flyway.placeholders.appRole", () -> APP);
    }

    public String url() {
        return url;
    }

    /** Connected as the table owner, which row-level security does not restrict: for assertions on raw rows. */
    public JdbcClient asOwner() {
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, OWNER, OWNER));
    }

    /** Connected as the application's role, to which row-level security applies. */
    public JdbcClient asApplication() {
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url, APP, APP));
    }

    private static TestDatabase create() {
        Server server = DockerClientFactory.instance().isDockerAvailable() ? containerServer() : localServer();
        String name = "xianfeng_test_" + UUID.randomUUID().toString().substring(0, 8);
        execute(server, """
                do $$
                begin
                    if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s login password '%1$s';
                    end if;
                    if not exists (select from pg_roles where rolname = '%2$s') then
                        create role %2$s login password '%2$s' nosuperuser nobypassrls;
                    end if;
                end
                $$""".formatted(OWNER, APP));
        execute(server, "create database " + name + " owner " + OWNER);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(server, "drop database if exists " + name + " with (force)")));
        String base = server.url().substring(0, server.url().lastIndexOf('/') + 1);
        return new TestDatabase(base + name);
    }

    private static Server localServer() {
        return new Server(env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                env("TEST_DATABASE_USER", "postgres"), env("TEST_DATABASE_PASSWORD", ""));
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Ryuk removes it afterwards
    private static Server containerServer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static void execute(Server server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot prepare the test database: " + ex.getMessage(), ex);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Server(String url, String user, String password) {
    }
}
