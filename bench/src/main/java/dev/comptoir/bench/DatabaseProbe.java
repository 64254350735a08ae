package dev.comptoir.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The stack's PostgreSQL: its single-row commit limit, and how many transactions the stack's databases committed. */
public final class DatabaseProbe {
    private static final String TABLE = "bench_commit";

    private final BenchOptions.Stack stack;

    public DatabaseProbe(BenchOptions.Stack stack) {
        this.stack = stack;
    }

    /**
     * Each agent on its own connection inserts one row and commits, back to back; the table is dropped after, by the
     * first connection once the others are closed.
     */
    public BaselineResult commits(int agents, Duration duration) throws InterruptedException {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int agent = 0; agent < agents; agent++) {
                connections.add(connect());
            }
            try (Statement statement = connections.get(0).createStatement()) {
                statement.execute("create table if not exists " + TABLE
                        + " (id bigserial primary key, at timestamptz)");
            }
            List<PreparedStatement> inserts = new ArrayList<>();
            for (Connection connection : connections) {
                connection.setAutoCommit(false);
                inserts.add(connection.prepareStatement("insert into " + TABLE + " (at) values (now())"));
            }
            return LoadLoop.measure("database", "commits", agents, duration, agent -> {
                inserts.get(agent).executeUpdate();
                connections.get(agent).commit();
            });
        } catch (SQLException unreachable) {
            return BaselineResult.notMeasured("database", "commits", String.valueOf(unreachable.getMessage()));
        } finally {
            dropTableAndClose(connections);
        }
    }

    /** Transactions committed so far in the databases named like {@code --databases}; empty when none matches. */
    public Optional<Long> committedTransactions() throws SQLException {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*), coalesce(sum(xact_commit), 0) from pg_stat_database where datname like ?")) {
            query.setString(1, stack.databases());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) == 0 ? Optional.empty()
                        : Optional.of(row.getLong(2));
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", stack.dbUser());
        properties.setProperty("password", stack.dbPassword());
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(stack.dbUrl(), properties);
    }

    private static void dropTableAndClose(List<Connection> connections) {
        for (int i = connections.size() - 1; i >= 0; i--) {
            try (Connection connection = connections.get(i)) {
                if (i == 0) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("drop table if exists " + TABLE);
                    }
                }
            } catch (SQLException closing) {
                // the run goes on: the next run reuses a leftover table and drops it
            }
        }
    }
}
