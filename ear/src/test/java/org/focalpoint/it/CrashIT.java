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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URLEncoder;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crash tests of issues 5 and 6: the server is killed (SIGKILL, no shutdown) in the middle of its
 * work and started again, and nothing is lost or done twice.
 * <p>
 * They run on a server of their own, "crash" in arquillian.xml ({@link CrashServer}): its own copy of
 * standalone/ (its own H2 file, which is why counts are asked over HTTP of the test-support
 * servlets), its own ports, its own node name (the runs of nightly jobs a kill interrupts are its
 * own to restart), and the mailbox of {@value #MAILBOX}, which the main test server never reads.
 * Starting that server and deploying take most of such a test's time, so the two tests share one
 * start and one deployment; Arquillian stops the server after the class. The mailbox's test comes
 * first: its mails must wait in the mailbox before the server first reads it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashIT {

    private static final Logger LOG = Logger.getLogger(CrashIT.class.getName());

    private static final String MAILBOX = "crash-director@focalpoint.test";
    /**
     * Four batches of 500: the first has committed, and the test kills, while the others are still
     * being read (each is one fetch from the mail server, then reading and storing 500 mails).
     */
    private static final int MAILS = 2_000;
    /** The mail server answers an APPEND in about 0.1 s: on several connections at once, delivery takes seconds. */
    private static final int DELIVERING_CONNECTIONS = 10;
    private static final int DELEGATES = 150;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Deployment(name = CrashServer.DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(CrashServer.CONTAINER)
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    /**
     * Killed while reading a batch of mails from the Director's mailbox, after the restart every mail
     * is in the queue exactly once and marked taken in the mailbox.
     * <p>
     * The Message-IDs carry this run's stamp, so that on PostgreSQL, where both servers share the
     * database, an earlier run's items can neither be counted nor make this run's mails look taken
     * already; this run's items are deleted at the end.
     * <p>
     * The kill follows the first commit the test sees within a fraction of a second. That is when a
     * database that reports a commit before it is on disk loses it, while the mailbox already marks
     * the mails taken: so this test found H2's 500 ms write delay (see datasource-h2.cli).
     */
    @Test
    @Order(1)
    void killedWhileReadingABatchEveryMailIsInTheQueueExactlyOnceAfterTheRestart() throws Exception {
        Instant began = Instant.now();
        CrashServer server = new CrashServer(controller, deployer);
        String messageIdPrefix = "<crash-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        String ofThisRun = "?messageIdPrefix=" + URLEncoder.encode(messageIdPrefix, StandardCharsets.UTF_8);
        String items = "mailbox-items" + ofThisRun;
        Session mailbox = DirectorInbox.clientSession(MAILBOX);
        DirectorInbox.empty(mailbox);
        // delivered while the server starts, before the application that reads them is deployed
        deliverWhile(mailbox, mails(messageIdPrefix), server::started);
        assertEquals(new Marked(0, MAILS), Marked.in(mailbox), "delivered, none taken yet");
        log("delivered " + MAILS + " mails and the crash server started", began);
        try {
            server.deployed();
            log("application deployed", began);

            Items beforeKill = Polling.until(() -> Items.of(server.get(items)), seen -> seen.count() > 0,
                    Duration.ofMillis(100), PATIENCE, "the reading to commit its first batch");
            assertTrue(beforeKill.count() < MAILS, "the server had taken all " + MAILS + " mails before it could be"
                    + " killed: the kill must land while it is reading; raise MAILS");
            server.kill();
            Marked atKill = Marked.in(mailbox);
            log("killed with " + beforeKill.count() + " items seen committed and " + atKill, began);
            assertTrue(atKill.taken() < MAILS, "the kill landed while mails were left to read");

            server.startAgain();
            log("crash server started again", began);
            // a mail is marked only after its item has committed: once all are marked, every item is there
            Marked marked = Polling.until(() -> Marked.in(mailbox), m -> m.taken() >= MAILS, Duration.ofMillis(500),
                    PATIENCE, "the restarted server to mark every mail taken");
            Items after = Items.of(server.get(items));
            log("every mail marked taken, " + after, began);

            assertEquals(MAILS, marked.of(), "the mailbox holds every mail delivered");
            assertEquals(MAILS, after.count(), "one item per mail (fewer: mails marked taken without their item"
                    + " are lost; more: mails taken twice)");
            assertEquals(MAILS, after.distinctMessageIds(), "each mail once");
            assertEquals(0, after.parked(), "no mail parked: a kill is no failure of the mail");
        } finally {
            forget(server, "mailbox-items/forget" + ofThisRun);
        }
    }

    /**
     * Killed while the reconciliation is approving a member's waiting registrations one transaction
     * at a time, the server restarts the interrupted run itself when it starts again, which finishes
     * with every registration approved once, audited once and its delegate mailed: the mail is queued
     * in the outbox with the change, so a kill loses none.
     */
    @Test
    @Order(2)
    void killedMidRunTheRunIsRestartedByTheServerChangesEachRegistrationOnceAndMailsEachDelegate() throws Exception {
        CrashServer server = new CrashServer(controller, deployer);
        String tag = "crash-night-" + Long.toString(System.currentTimeMillis(), 36);
        server.running();
        String settling = server.post("reconciliation/run?chunk=500");
        Polling.until(() -> server.get("reconciliation/run?id=" + settling + "&organization=0"),
                s -> !s.startsWith("RUNNING"), Duration.ofMillis(200), PATIENCE, "what earlier tests left to be settled");

        String organization = server.post("reconciliation/member?delegates=" + DELEGATES + "&tag=" + tag);
        String run = server.post("reconciliation/run?chunk=1");
        String progress = "reconciliation/run?id=" + run + "&organization=" + organization;
        String beforeKill = Polling.until(() -> server.get(progress), s -> approved(s) >= 5, Duration.ofMillis(20),
                PATIENCE, "the run to approve some of the member's registrations");
        server.kill();
        LOG.info("killed after " + beforeKill);
        assertTrue(approved(beforeKill) < DELEGATES, "the kill must land mid-run: " + beforeKill);

        server.startAgain();
        String after = Polling.until(() -> server.get(progress), s -> s.startsWith("COMPLETED"),
                Duration.ofMillis(500), PATIENCE, "the restarted run to complete");
        assertEquals("COMPLETED " + DELEGATES + " " + DELEGATES + " " + DELEGATES, after,
                "state, registrations approved, audit entries, mails recorded: each registration once");
        // The mails are in the outbox with their changes: each leaves after the restart if not before.
        // Only one the mail server had taken as the server died, before it was recorded as sent,
        // leaves again: as a copy, with the same Message-ID (which mail clients show once).
        List<String> delegates = IntStream.range(0, DELEGATES).mapToObj(i -> tag + "-" + i + "@example.org").toList();
        List<List<Mailbox.Mail>> received = Mailbox.ofEach(delegates);
        List<Integer> copied = new ArrayList<>();
        for (int i = 0; i < DELEGATES; i++) {
            List<Mailbox.Mail> mails = received.get(i);
            assertEquals(1, mails.stream().map(Mailbox.Mail::messageId).distinct().count(),
                    "delegate " + i + " is told once: " + mails);
            if (mails.size() > 1) {
                copied.add(i);
            }
        }
        LOG.info("delegates who got a copy of their mail: " + copied);
        assertTrue(copied.size() <= 1, "only the mail in flight at the kill may leave again: " + copied);
    }

    private static long approved(String state) {
        return Long.parseLong(state.split(" ")[1]);
    }

    /** This run's mailbox items deleted; a failed clean-up is logged rather than thrown over the test's own failure. */
    private static void forget(CrashServer server, String forgetting) {
        try {
            server.running();
            server.post(forgetting);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete this run's mailbox items on the crash server", e);
        }
    }

    /** The mails delivered on several connections at once, while {@code meanwhile} runs on this thread. */
    private static void deliverWhile(Session mailbox, List<byte[]> mails, Runnable meanwhile) throws Exception {
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
            meanwhile.run();
            for (Future<?> delivered : deliveries) {
                delivered.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            delivery.shutdownNow();
        }
    }

    /** The sample mails of the parser's tests in turn, each with a Message-ID of this run's. */
    private static List<byte[]> mails(String messageIdPrefix) throws IOException {
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

    /** The items of this run's mails, as the crash server counts them. */
    private record Items(long count, long distinctMessageIds, long parked) {

        static Items of(String counts) {
            long[] n = Arrays.stream(counts.split(" ")).mapToLong(Long::parseLong).toArray();
            return new Items(n[0], n[1], n[2]);
        }
    }

    /** How many mails of the crash mailbox carry the marker, of how many. */
    private record Marked(long taken, long of) {

        static Marked in(Session mailbox) throws Exception {
            long[] marked = DirectorInbox.marked(mailbox);
            return new Marked(marked[0], marked[1]);
        }

        @Override
        public String toString() {
            return taken + " of " + of + " mails marked taken";
        }
    }

    private static void log(String step, Instant began) {
        LOG.info(() -> step + " after " + Duration.between(began, Instant.now()).toSeconds() + " s");
    }
}
