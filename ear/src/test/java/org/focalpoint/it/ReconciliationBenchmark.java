package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.delegation.RegistrationDigests;
import org.focalpoint.nightly.JobLauncher;
import org.focalpoint.nightly.JobRun;
import org.focalpoint.nightly.JobRunState;
import org.focalpoint.nightly.JobRuns;
import org.focalpoint.nightly.NightlyJob;
import org.focalpoint.nightly.RunSummary;
import org.focalpoint.persistence.NativeValues;
import org.focalpoint.tiesfocalpoint.RequestDigests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6's benchmark, run by {@code mvn verify -Pbenchmark,postgres} on a new, empty database: the
 * generator (batch/src/benchmark/generate.sql) fills it with 1,000,000 registrations once the
 * application has migrated it, and fills a second database the same way for the lower bound: the
 * same reconciliation as plain SQL run by psql. Then the job runs in the server, first as a dry run
 * (reading and comparing only), then for real; its time is from the start until the run is
 * completed, its peak heap the most the server's heap held while the runs went on, and beside them
 * the time until the last of the run's mails has left the outbox. Prints the figures and writes them to
 * {@code target/benchmarks/reconciliation.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationBenchmark {

    private static final Logger LOG = Logger.getLogger(ReconciliationBenchmark.class.getName());

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    JobLauncher launcher;

    @Inject
    JobRuns runs;

    @Inject
    RequestDigests requestDigests;

    @Inject
    RegistrationDigests registrationDigests;

    /** The most the server's heap held while a run went on, sampled. */
    private long mostUsed;

    @Test
    @Order(1)
    @RunAsClient
    void theData() throws Exception {
        assertEquals("postgres", System.getProperty("it.db.kind"),
                "the reconciliation benchmark runs on PostgreSQL: -Ppostgres -Ddb.url=... on a new database");
        Database app = Database.of(System.getProperty("it.db.url"));
        Path scripts = Path.of(System.getProperty("it.benchmark.dir"));
        assertEquals("0", app.query("select count(*) from registration where id > 1000000"),
                "an empty database: the generator writes its rows once");
        app.run(scripts.resolve("generate.sql"));

        Database lower = app.sibling("_lower_bound");
        lower.recreate();
        try (Stream<Path> migrations = Files.list(Path.of(System.getProperty("it.migrations.dir")))) {
            for (Path migration : migrations.sorted(Comparator.comparing(ReconciliationBenchmark::version)).toList()) {
                lower.run(migration);
            }
        }
        lower.run(scripts.resolve("generate.sql"));
    }

    /** Before the lower bound's clock as before the job's: see {@link #quiet()}. */
    @Test
    @Order(2)
    void aQuietServer() throws Exception {
        quiet();
    }

    @Test
    @Order(3)
    @RunAsClient
    void theLowerBound() throws Exception {
        Database lower = Database.of(System.getProperty("it.db.url")).sibling("_lower_bound");
        lower.checkpoint();
        Instant start = Instant.now();
        lower.run(Path.of(System.getProperty("it.benchmark.dir")).resolve("reconcile-lower-bound.sql"));
        Duration elapsed = Duration.between(start, Instant.now());
        lower.checkpoint();
        String figure = String.format(Locale.ROOT, "lower bound (psql): %.1f s%n", elapsed.toMillis() / 1000.0);
        LOG.info("BENCHMARK " + figure.strip());
        report("reconciliation-lower-bound.txt", figure);
    }

    @Test
    @Order(4)
    void theJob() throws Exception {
        assertTrue(((Number) em.createNativeQuery("select count(*) from registration where id > 1000000")
                .getSingleResult()).longValue() > 0, "the generated data, written by the first test");
        tx.begin();
        Account staff = TestData.staff(em);
        tx.commit();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        quiet();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        Timed dry = timed(staff, true);
        Timed real = timed(staff, false);
        assertEquals(dry.summary().actions(), real.summary().actions(), "the dry run reports what the run does");
        long poolPeaks = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        // The mails the run queued leave from the outbox meanwhile and after: until the last has left.
        Instant queuedFrom = real.started();
        long queued = count("select count(*) from outgoing_mail where queued_at >= ?1", queuedFrom);
        Polling.until(() -> count("select count(*) from outgoing_mail where queued_at >= ?1 and sent_at is null",
                queuedFrom), waiting -> waiting == 0, Duration.ofMillis(200), Duration.ofMinutes(20),
                "the run's mails to leave the outbox");
        Duration mailed = Duration.between(queuedFrom, Instant.now());

        String figure = String.format(Locale.ROOT, "dry run: %.1f s (server CPU %.1f s); job: %.1f s (server CPU %.1f s,"
                        + " load average %.1f at its end) for %,d registrations compared, %s;"
                        + " heap at most %d MB sampled, %d MB by the pools' peaks;"
                        + " its %,d mails all sent %.1f s after its start%n",
                dry.seconds(), dry.cpuSeconds(), real.seconds(), real.cpuSeconds(), real.load(), real.summary().done(),
                real.summary().actions(), mostUsed >> 20, poolPeaks >> 20, queued, mailed.toMillis() / 1000.0);
        LOG.info("BENCHMARK " + figure.strip());
        report("reconciliation.txt", figure);
    }

    /**
     * The generated data leaves thousands of focal points with requests waiting: the first digest
     * timer after the deployment mails each of them, for half a minute, and would share the cores
     * with whichever timed part it meets, the lower bound as well as a run. Sent here, and out of the
     * outbox, before each clock starts.
     */
    private void quiet() throws Exception {
        Instant now = Instant.now();
        requestDigests.sendDue(now);
        registrationDigests.sendDue(now);
        Polling.until(() -> ((Number) em.createNativeQuery("select count(*) from outgoing_mail"
                        + " where sent_at is null and given_up_at is null").getSingleResult()).longValue(),
                waiting -> waiting == 0, Duration.ofMillis(200), Duration.ofMinutes(20),
                "the digests to leave the outbox");
    }

    /** A run from its start until it has ended, sampling the heap meanwhile. */
    private Timed timed(Account staff, boolean dryRun) throws Exception {
        long cpuAtStart = ServerCpu.used();
        Instant start = Instant.now();
        JobRun run = launcher.start(staff, NightlyJob.RECONCILIATION, dryRun);
        // the run's state only, a light query: the run's summary, asked every 50 ms, would weigh on it
        Polling.until(() -> {
            mostUsed = Math.max(mostUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            return em.createNativeQuery("select state from job_run where id = ?1").setParameter(1, run.getId())
                    .getSingleResult();
        }, state -> !JobRunState.RUNNING.name().equals(state), Duration.ofMillis(50), Duration.ofMinutes(20),
                "the reconciliation to end");
        Duration elapsed = Duration.between(start, Instant.now());
        long cpu = ServerCpu.used() - cpuAtStart;
        double load = ServerCpu.loadAverage();
        RunSummary done = runs.summary(staff, run.getId());
        assertEquals(JobRunState.COMPLETED, done.run().getState(), done.run().getFailure());
        return new Timed(start, elapsed, cpu, load, done);
    }

    private long count(String sql, Instant from) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, NativeValues.timestamp(from)).getSingleResult()).longValue();
    }

    /** A run: when it started, how long it took, the CPU time the server used meanwhile, the load at its end. */
    private record Timed(Instant started, Duration elapsed, long cpuNanos, double load, RunSummary summary) {

        double seconds() {
            return elapsed.toMillis() / 1000.0;
        }

        double cpuSeconds() {
            return cpuNanos / 1e9;
        }
    }

    /** Into target/benchmarks, from the server (whose base directory is under target) as from the build. */
    private static void report(String file, String figure) throws IOException {
        String server = System.getProperty("jboss.server.base.dir");
        Path target = server != null ? Path.of(server).getParent() : Path.of(System.getProperty("it.build.dir"));
        Path report = target.resolve("benchmarks").resolve(file);
        Files.createDirectories(report.getParent());
        Files.writeString(report, figure);
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** A PostgreSQL database reached with psql, as the README's commands do. */
    private record Database(String host, String port, String name) {

        static Database of(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            return new Database(uri.getHost(), String.valueOf(uri.getPort()), uri.getPath().substring(1));
        }

        Database sibling(String suffix) {
            return new Database(host, port, name + suffix);
        }

        void recreate() throws Exception {
            command("dropdb", "-h", host, "-p", port, "-U", "postgres", "--if-exists", name);
            command("createdb", "-h", host, "-p", port, "-U", "postgres", name);
        }

        void run(Path script) throws Exception {
            command("psql", "-h", host, "-p", port, "-U", "postgres", "-d", name, "-X", "-q", "-v", "ON_ERROR_STOP=1",
                    "-f", script.toString());
        }

        /**
         * Writes out what the server still holds of the data just generated or changed, which it would
         * otherwise write, and share the cores, while the next part of the benchmark is timed.
         */
        void checkpoint() throws Exception {
            query("checkpoint");
        }

        String query(String sql) throws Exception {
            return command("psql", "-h", host, "-p", port, "-U", "postgres", "-d", name, "-X", "-tA", "-c", sql).strip();
        }

        private static String command(String... words) throws Exception {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(words))).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", words) + " failed:\n" + output);
            }
            return output;
        }
    }
}
