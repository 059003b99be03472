package org.focalpoint.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.shop.CatalogueSearch;
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
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17's benchmark of the catalogue's search: 20,000 publications with 60,000 editions in the six
 * languages ({@link BenchmarkCatalogue}) are loaded into the database; the index is built from it
 * at deployment's start path, in an empty folder, and timed; then a mix of 1,000 queries in the six
 * languages runs straight against the search in the server (the floor), and the same queries
 * through the search page at 50 a second. Prints the figures and writes them to
 * {@code target/benchmarks/catalogue-search.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueSearchBenchmark {

    static final int PUBLICATIONS = 20_000;
    static final int QUERIES = 1_000;
    private static final int WARM_UP = 300;
    private static final int PER_SECOND = 50;
    private static final int LOAD_BATCH = 1_000;
    private static final String APPLICATION = "http://127.0.0.1:" + System.getProperty("it.http.port") + "/focalpoint";
    private static final Logger LOG = Logger.getLogger(CatalogueSearchBenchmark.class.getName());

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @Inject
    CatalogueSearch search;

    @Inject
    CatalogueChanges changes;

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Test
    @Order(1)
    void theCatalogueIsInTheDatabase() {
        long present = em.createQuery("select count(p) from Publication p where p.productNumber >= :first"
                + " and p.productNumber < :past", Long.class).setParameter("first", BenchmarkCatalogue.FIRST_NUMBER)
                .setParameter("past", Long.toString(Long.parseLong(BenchmarkCatalogue.FIRST_NUMBER) + PUBLICATIONS))
                .getSingleResult();
        if (present == PUBLICATIONS) {
            return;
        }
        assertEquals(0, present, "a part of the benchmark's catalogue is in the database: start from a fresh one");
        long began = System.nanoTime();
        List<CatalogueSample.Item> items = BenchmarkCatalogue.publications(PUBLICATIONS);
        for (int from = 0; from < items.size(); from += LOAD_BATCH) {
            changes.load(items.subList(from, Math.min(items.size(), from + LOAD_BATCH)));
        }
        LOG.info(() -> "Benchmark catalogue loaded into the database in " + (System.nanoTime() - began) / 1_000_000 + " ms");
    }

    @Test
    @Order(2)
    void theIndexIsBuiltFromTheDatabase() throws Exception {
        long editions = em.createQuery("select count(e) from Edition e", Long.class).getSingleResult();
        long publications = em.createQuery("select count(p) from Publication p", Long.class).getSingleResult();
        search.close();
        Path folder = Path.of(System.getProperty("jboss.server.data.dir"), "focalpoint", "catalogue-index");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        long cpuAtStart = ServerCpu.used();
        long began = System.nanoTime();
        search.open();
        double seconds = (System.nanoTime() - began) / 1e9;
        long cpu = ServerCpu.used() - cpuAtStart;
        report(String.format(Locale.ROOT, "build: %d publications with %d editions indexed from the database in %.1f s"
                        + " (%.1f s of the server's CPU), index %.1f MB, load average %.1f",
                publications, editions, seconds, cpu / 1e9, size(folder) / 1e6, ServerCpu.loadAverage()));
    }

    @Test
    @Order(3)
    void theQueriesStraightAgainstTheIndex() throws Exception {
        List<BenchmarkCatalogue.Ask> asks = BenchmarkCatalogue.queries(QUERIES, PUBLICATIONS);
        for (int i = 0; i < WARM_UP; i++) {
            search.search(asks.get(i % asks.size()).query());
        }
        long[] nanos = new long[asks.size()];
        long found = 0;
        long cpuAtStart = ServerCpu.used();
        long began = System.nanoTime();
        for (int i = 0; i < asks.size(); i++) {
            long start = System.nanoTime();
            found += search.search(asks.get(i).query()).total();
            nanos[i] = System.nanoTime() - start;
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long cpu = ServerCpu.used() - cpuAtStart;
        assertTrue(found > 0, "the queries find publications");
        report(String.format(Locale.ROOT, "index: %d queries one after the other in %.1f s, p50 %.2f ms, p99 %.2f ms,"
                        + " max %.2f ms, %.1f publications found per query, %.1f s of the server's CPU, load average %.1f",
                nanos.length, seconds, percentile(nanos, 50), percentile(nanos, 99), percentile(nanos, 100),
                (double) found / nanos.length, cpu / 1e9, ServerCpu.loadAverage()));
    }

    @Test
    @Order(4)
    @RunAsClient
    void theQueriesThroughTheSearchPageAtFiftyASecond() throws Exception {
        String page = APPLICATION + "/shop/search.xhtml?";
        // one visitor's browser: it would send back a session's cookie, were the page to open one; and
        // it speaks HTTP/1.1 to a plain http address (browsers speak HTTP/2 only over TLS), where Java's
        // client would otherwise upgrade to HTTP/2 and send every request over one connection
        CookieManager cookies = new CookieManager();
        HttpClient visitor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int answer = get(visitor, page + "q=");
        if (answer != 200) {
            report("page: the search page does not answer (" + answer + "), not measured");
            return;
        }
        List<BenchmarkCatalogue.Ask> asks = BenchmarkCatalogue.queries(QUERIES, PUBLICATIONS);
        for (int i = 0; i < WARM_UP; i++) {
            get(visitor, page + asks.get(i % asks.size()).pageQuery());
        }
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(asks.size());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        long began = System.nanoTime();
        try {
            for (int i = 0; i < asks.size(); i++) {
                String address = page + asks.get(i).pageQuery();
                clock.schedule(() -> senders.execute(() -> {
                    long start = System.nanoTime();
                    try {
                        if (get(visitor, address) != 200) {
                            failed.incrementAndGet();
                        }
                        nanos.add(System.nanoTime() - start);
                    } catch (IOException | InterruptedException e) {
                        failed.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                }), i * 1_000_000_000L / PER_SECOND, TimeUnit.NANOSECONDS);
            }
            assertTrue(done.await(5, TimeUnit.MINUTES), "every request answered");
        } finally {
            clock.shutdownNow();
            senders.shutdownNow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] times = nanos.stream().mapToLong(Long::longValue).toArray();
        assertEquals(0, failed.get(), "every page answered 200");
        assertEquals(List.of(), cookies.getCookieStore().getCookies(), "a visitor's reading opens no session");
        report(String.format(Locale.ROOT, "page: %d requests at %d a second by one visitor (no session) in %.1f s,"
                        + " p50 %.2f ms, p99 %.2f ms, max %.2f ms, load average %.1f", times.length, PER_SECOND, seconds,
                percentile(times, 50), percentile(times, 99), percentile(times, 100), ServerCpu.loadAverage()));
    }

    private static int get(HttpClient client, String address) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /** Logged, and added to the report beside the other benchmarks' (the server's and the test's JVM alike). */
    private static void report(String line) throws IOException {
        LOG.info("BENCHMARK catalogue search " + line);
        String base = System.getProperty("jboss.server.base.dir", System.getProperty("it.server.base"));
        Path report = Path.of(base, "..", "benchmarks", "catalogue-search.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
