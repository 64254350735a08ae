package dev.comptoir.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test run, dropped afterwards. The server is the one at 127.0.0.1:5432
 * (user postgres, trust auth) unless PGHOST, PGPORT, PGUSER or PGPASSWORD say otherwise.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {
    private final PostgresServer server = PostgresServer.fromEnvironment();
    private String database;

    @Override
    public Map<String, String> start() {
        database = server.createDatabase("comptoir_test");
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            server.dropDatabase(database);
        }
    }

    /** The PostgreSQL server tests run against. */
    public record PostgresServer(String host, int port, String user, String password) {
        public static PostgresServer fromEnvironment() {
            return new PostgresServer(env("PGHOST", "127.0.0.1"), Integer.parseInt(env("PGPORT", "5432")),
                    env("PGUSER", "postgres"), env("PGPASSWORD", ""));
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        /** Creates a database whose name starts with {@code prefix} and is unique to this run. */
        public String createDatabase(String prefix) {
            String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("create database " + name);
            return name;
        }

        public void dropDatabase(String name) {
            execute("drop database if exists " + name + " with (force)");
        }

        /** A database outage, as the application sees it: its connections are cut and new ones refused. */
        public void refuseConnections(String database) {
            execute("alter database " + database + " allow_connections false");
            execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        }

        /** The end of {@link #refuseConnections}. */
        public void acceptConnections(String database) {
            execute("alter database " + database + " allow_connections true");
        }

        private void execute(String sql) {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), properties);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " refused: " + sql, e);
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
