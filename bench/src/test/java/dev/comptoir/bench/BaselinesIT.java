package dev.comptoir.bench;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.kafka.KafkaBroker;
import dev.comptoir.testing.PostgresDatabaseResource.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messaging and storage limits measured on a real broker and the real PostgreSQL. */
class BaselinesIT {
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final PostgresServer POSTGRES = PostgresServer.fromEnvironment();

    private static BenchOptions.Stack stack(String database, String pattern) {
        return new BenchOptions.Stack("unused:9092", POSTGRES.jdbcUrl(database), POSTGRES.user(),
                POSTGRES.password(), pattern);
    }

    @Test
    void kafkaRoundTripsAndSendsAreMeasuredAndTheRoundTripTopicIsNotCountedAsTheStacksRecords()
            throws Exception {
        try (KafkaBroker broker = KafkaBroker.startEphemeral()) {
            KafkaProbe probe = new KafkaProbe(broker.bootstrapServers());
            KafkaProbe.Records before = probe.records();

            List<BaselineResult> results = probe.baselines(2, ONE_SECOND);

            BaselineResult roundTrips = results.get(0);
            assertTrue(roundTrips.measured(), roundTrips.reason());
            assertEquals("kafka", roundTrips.name());
            assertTrue(roundTrips.count() > 10 && roundTrips.perSecond() > 10, roundTrips.line());
            assertTrue(roundTrips.p50Ms() > 0 && roundTrips.p99Ms() >= roundTrips.p50Ms(), roundTrips.line());
            assertTrue(results.get(1).measured() && results.get(1).count() > 10, results.get(1).line());
            assertEquals(before.application(), probe.records().application(), "bench.round-trip is the bench's");
            assertTrue(probe.baselines(1, Duration.ofMillis(200)).get(0).measured(), "the topic exists: fine");
        }
    }

    @Test
    void anUnreachableBrokerIsReportedAsNotMeasured() throws Exception {
        List<BaselineResult> results = new KafkaProbe("127.0.0.1:1").baselines(1, ONE_SECOND);

        assertFalse(results.get(0).measured());
        assertTrue(results.get(0).line().startsWith("kafka          not measured: "), results.get(0).line());
    }

    @Test
    void singleRowCommitsAreMeasuredAndTheTableIsDroppedAfter() throws Exception {
        String database = POSTGRES.createDatabase("comptoir_bench_it");
        try {
            DatabaseProbe probe = new DatabaseProbe(stack(database, database));
            long before = probe.committedTransactions().orElseThrow();

            BaselineResult commits = probe.commits(2, ONE_SECOND);

            assertTrue(commits.measured(), commits.reason());
            assertTrue(commits.count() > 10 && commits.p50Ms() > 0, commits.line());
            try (Connection connection = DriverManager.getConnection(POSTGRES.jdbcUrl(database), POSTGRES.user(),
                    POSTGRES.password()); Statement statement = connection.createStatement()) {
                assertFalse(statement.executeQuery("select 1 from pg_tables where tablename = 'bench_commit'")
                        .next(), "bench_commit dropped");
            }
            long after = awaitCommitsCounted(probe, before + commits.count());
            assertTrue(after >= before + commits.count(), "pg_stat_database counted " + (after - before)
                    + " commits of " + commits.count());
        } finally {
            POSTGRES.dropDatabase(database);
        }
    }

    @Test
    void noDatabaseMatchingThePatternMeansNoCountAndAnUnreachableServerIsNotMeasured() throws Exception {
        assertTrue(new DatabaseProbe(stack("postgres", "no_such_database_%")).committedTransactions().isEmpty());

        BaselineResult unreachable = new DatabaseProbe(new BenchOptions.Stack("unused:9092",
                "jdbc:postgresql://127.0.0.1:1/postgres", "postgres", "", "%")).commits(1, ONE_SECOND);
        assertFalse(unreachable.measured());
        assertTrue(unreachable.reason().contains("127.0.0.1:1"), unreachable.reason());
    }

    /** PostgreSQL publishes a backend's counts at most once a second. */
    private static long awaitCommitsCounted(DatabaseProbe probe, long atLeast) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> probe.committedTransactions().orElseThrow(), counted -> counted >= atLeast);
    }
}
