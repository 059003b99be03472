package org.focalpoint.it;

import jakarta.mail.Session;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's crash test: the server is killed (SIGKILL, no shutdown) while it is reading a batch of
 * mails from the Director's mailbox; after the restart every mail is in the queue exactly once and
 * marked taken in the mailbox.
 * <p>
 * It runs on a server of its own, "crash" in arquillian.xml, which it starts, kills and starts
 * again: its own copy of standalone/ (its own H2 file, which is why the counts are asked over HTTP
 * of TestSupportServlet), its own ports, and the mailbox of {@value #MAILBOX}, which the main test
 * server never reads. The Message-IDs carry this run's stamp, so that on PostgreSQL, where both
 * servers share the database, an earlier run's items can neither be counted nor make this run's
 * mails look taken already; this run's items are deleted at the end.
 * <p>
 * The kill follows the first commit the test sees within a fraction of a second. That is when a
 * database that reports a commit before it is on disk loses it, while the mailbox already marks
 * the mails taken: so this test found H2's 500 ms write delay (see datasource-h2.cli).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailboxCrashIT {

    private static final Logger LOG = Logger.getLogger(MailboxCrashIT.class.getName());

    private static final String DEPLOYMENT = "crash-server";
    private static final String MAILBOX = "crash-director@focalpoint.test";
    /**
     * Four batches of 500: the first has committed, and the test kills, while the others are still
     * being read (each is one fetch from the mail server, then reading and storing 500 mails).
     */
    private static final int MAILS = 2_000;
    /** The mail server answers an APPEND in about 0.1 s: on several connections at once, delivery takes seconds. */
    private static final int DELIVERING_CONNECTIONS = 10;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(CrashServer.CONTAINER)
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String messageIdPrefix = "<crash-" + Long.toString(System.currentTimeMillis(), 36) + "-";
    private final Session mailbox = DirectorInbox.clientSession(MAILBOX);

    @Test
    void killedWhileReadingABatchEveryMailIsInTheQueueExactlyOnceAfterTheRestart() throws Exception {
        Instant began = Instant.now();
        DirectorInbox.empty(mailbox);
        deliver(mails());
        assertEquals(new Marked(0, MAILS), marked(), "delivered, none taken yet");
        log("delivered " + MAILS + " mails", began);
        try {
            controller.start(CrashServer.CONTAINER);
            deployer.deploy(DEPLOYMENT);
            log("crash server started and deployed", began);

            Items beforeKill = Polling.until(this::items, items -> items.count() > 0, Duration.ofMillis(100),
                    PATIENCE, "the reading to commit its first batch");
            assertTrue(beforeKill.count() < MAILS, "the server had taken all " + MAILS + " mails before it could be"
                    + " killed: the kill must land while it is reading; raise MAILS");
            CrashServer.kill(controller);
            Marked atKill = marked();
            log("killed with " + beforeKill.count() + " items seen committed and " + atKill, began);
            assertTrue(atKill.taken() < MAILS, "the kill landed while mails were left to read");

            controller.start(CrashServer.CONTAINER);
            log("crash server started again", began);
            // a mail is marked only after its item has committed: once all are marked, every item is there
            Marked marked = Polling.until(this::marked, m -> m.taken() >= MAILS, Duration.ofMillis(500),
                    PATIENCE, "the restarted server to mark every mail taken");
            Items after = items();
            log("every mail marked taken, " + after, began);

            assertEquals(MAILS, marked.of(), "the mailbox holds every mail delivered");
            assertEquals(MAILS, after.count(), "one item per mail (fewer: mails marked taken without their item"
                    + " are lost; more: mails taken twice)");
            assertEquals(MAILS, after.distinctMessageIds(), "each mail once");
            assertEquals(0, after.parked(), "no mail parked: a kill is no failure of the mail");
        } finally {
            stop();
            log("crash server stopped", began);
        }
    }

    private void deliver(List<byte[]> mails) throws Exception {
        ExecutorService delivery = Executors.newFixedThreadPool(DELIVERING_CONNECTIONS);
        try {
            List<Future<?>> deliveries = new ArrayList<>();
            int share = (mails.size() + DELIVERING_CONNECTIONS - 1) / DELIVERING_CONNECTIONS;
            for (int from = 0; from < mails.size(); from += share) {
                List<byte[]> part = mails.subList(from, Math.min(from + share, mails.size()));
                deliveries.add(delivery.submit(() -> {
                    DirectorInbox.deliver(mailbox, part);
                    return null;
                }));
            }
            for (Future<?> delivered : deliveries) {
                delivered.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            delivery.shutdownNow();
        }
    }

    /** The sample mails of the parser's tests in turn, each with a Message-ID of this run's. */
    private List<byte[]> mails() throws IOException {
        Path samples = Path.of(System.getProperty("it.sample.mails"));
        List<byte[]> templates = new ArrayList<>();
        templates.add(Files.readAllBytes(samples.resolve("annex-opt-in.eml")));
        templates.add(Files.readAllBytes(samples.resolve("annex-opt-out.eml")));
        try (Stream<Path> variants = Files.list(samples.resolve("variants"))) {
            for (Path variant : variants.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
                templates.add(Files.readAllBytes(variant));
            }
        }
        List<byte[]> mails = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            mails.add(withMessageId(templates.get(i % templates.size()), messageIdPrefix + i + "@focalpoint.test>"));
        }
        return mails;
    }

    /** The mail with its Message-ID header replaced; its bytes otherwise unchanged (read as ISO-8859-1). */
    private static byte[] withMessageId(byte[] mail, String messageId) {
        String text = new String(mail, StandardCharsets.ISO_8859_1);
        Matcher blankLine = Pattern.compile("\\r?\\n\\r?\\n").matcher(text);
        if (!blankLine.find()) {
            throw new IllegalArgumentException("A sample mail without a blank line after its headers");
        }
        List<String> headers = new ArrayList<>(List.of("Message-ID: " + messageId));
        boolean inMessageId = false;
        for (String line : text.substring(0, blankLine.start()).split("\\r?\\n")) {
            boolean folded = line.startsWith(" ") || line.startsWith("\t");
            inMessageId = folded ? inMessageId : line.regionMatches(true, 0, "Message-ID:", 0, "Message-ID:".length());
            if (!inMessageId) {
                headers.add(line);
            }
        }
        return (String.join("\r\n", headers) + text.substring(blankLine.start())).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * This run's items deleted, the application undeployed, the server stopped; a failed clean-up
     * is logged rather than thrown over the test's own failure.
     */
    private void stop() {
        if (!controller.isStarted(CrashServer.CONTAINER)) {
            return;
        }
        try {
            post("mailbox-items/forget");
            deployer.undeploy(DEPLOYMENT);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not clean up the crash server", e);
        } finally {
            controller.stop(CrashServer.CONTAINER);
        }
    }

    /** The items of this run's mails, as the crash server counts them. */
    private record Items(long count, long distinctMessageIds, long parked) {
    }

    private Items items() {
        long[] n = Arrays.stream(get("mailbox-items").split(" ")).mapToLong(Long::parseLong).toArray();
        return new Items(n[0], n[1], n[2]);
    }

    /** How many mails of the crash mailbox carry the marker, of how many. */
    private record Marked(long taken, long of) {
        @Override
        public String toString() {
            return taken + " of " + of + " mails marked taken";
        }
    }

    private Marked marked() throws Exception {
        long[] marked = DirectorInbox.marked(mailbox);
        return new Marked(marked[0], marked[1]);
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private String post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + System.getProperty("it.crash.http.port") + "/focalpoint/it/public/"
                + path + "?messageIdPrefix=" + URLEncoder.encode(messageIdPrefix, StandardCharsets.UTF_8));
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), request.uri() + ": " + response.body());
            return response.body().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void log(String step, Instant began) {
        LOG.info(() -> step + " after " + Duration.between(began, Instant.now()).toSeconds() + " s");
    }
}
