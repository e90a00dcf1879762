package org.mrfsampler.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL database for tests: a Testcontainers container when Docker is available, otherwise the
 * server named by MRF_TEST_POSTGRES_URL (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * MRF_TEST_POSTGRES_USER, default {@code postgres}). Each instance works in a schema of its own, which
 * {@link #close()} drops. When neither is reachable, construction fails with the reason, so the tests
 * fail instead of being skipped.
 */
final class PostgresDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresDatabase.class);

    private final PostgreSQLContainer container;
    private final String baseUrl;
    private final String user;
    private final String password;
    private final String schema = "mrf_test_" + UUID.randomUUID().toString().replace("-", "");

    PostgresDatabase() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            baseUrl = container.getJdbcUrl();
            user = container.getUsername();
            password = container.getPassword();
            log.info("PostgreSQL tests use a Testcontainers container at {}", baseUrl);
        } else {
            container = null;
            baseUrl = envOrDefault("MRF_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            user = envOrDefault("MRF_TEST_POSTGRES_USER", "postgres");
            password = envOrDefault("MRF_TEST_POSTGRES_PASSWORD", "");
            log.info("Docker is not available; PostgreSQL tests use the server at {}", baseUrl);
        }
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password)) {
            log.info("PostgreSQL tests use schema {} on server version {}", schema,
                    connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests need Docker or a PostgreSQL server at " + baseUrl
                    + " (user " + user + "); start one, or set MRF_TEST_POSTGRES_URL, MRF_TEST_POSTGRES_USER and"
                    + " MRF_TEST_POSTGRES_PASSWORD", e);
        }
    }

    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String schema() {
        return schema;
    }

    @Override
    public void close() throws SQLException {
        if (container != null) {
            container.stop();
            return;
        }
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static String envOrDefault(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
