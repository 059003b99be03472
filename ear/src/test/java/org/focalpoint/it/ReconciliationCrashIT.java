package org.focalpoint.it;

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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6's crash test: the server is killed (SIGKILL) while the reconciliation is approving a
 * member's waiting registrations one transaction at a time; when the server starts again it restarts
 * the interrupted run itself, which finishes with every registration approved once, audited once and
 * its delegate mailed: the mail is queued in the outbox with the change, so a kill loses none. It
 * runs on the "crash" server of arquillian.xml (see MailboxCrashIT).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationCrashIT {

    private static final Logger LOG = Logger.getLogger(ReconciliationCrashIT.class.getName());

    private static final String DEPLOYMENT = "reconciliation-crash-server";
    private static final int DELEGATES = 150;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int MAIL_READERS = 8;

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
    private final String tag = "crash-night-" + Long.toString(System.currentTimeMillis(), 36);

    @Test
    void killedMidRunTheRunIsRestartedByTheServerChangesEachRegistrationOnceAndMailsEachDelegate() throws Exception {
        try {
            controller.start(CrashServer.CONTAINER);
            deployer.deploy(DEPLOYMENT);
            String settling = post("run?chunk=500");
            Polling.until(() -> get("run?id=" + settling + "&organization=0"), s -> !s.startsWith("RUNNING"),
                    Duration.ofMillis(200), PATIENCE, "what earlier tests left to be settled");

            String organization = post("member?delegates=" + DELEGATES + "&tag=" + tag);
            String run = post("run?chunk=1");
            String progress = "run?id=" + run + "&organization=" + organization;
            String beforeKill = Polling.until(() -> get(progress), s -> approved(s) >= 5, Duration.ofMillis(20),
                    PATIENCE, "the run to approve some of the member's registrations");
            CrashServer.kill(controller);
            LOG.info("killed after " + beforeKill);
            assertTrue(approved(beforeKill) < DELEGATES, "the kill must land mid-run: " + beforeKill);

            controller.start(CrashServer.CONTAINER);
            String after = Polling.until(() -> get(progress), s -> s.startsWith("COMPLETED"),
                    Duration.ofMillis(500), PATIENCE, "the restarted run to complete");
            assertEquals("COMPLETED " + DELEGATES + " " + DELEGATES + " " + DELEGATES, after,
                    "state, registrations approved, audit entries, mails recorded: each registration once");
            // The mails are in the outbox with their changes: each leaves after the restart if not before.
            // Only one the mail server had taken as the server died, before it was recorded as sent,
            // leaves again: as a copy, with the same Message-ID (which mail clients show once).
            List<Integer> copied = new ArrayList<>();
            List<List<Mailbox.Mail>> received = mailsToEachDelegate();
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
        } finally {
            stop();
        }
    }

    /**
     * The inbox of each delegate once their mail is there, read on several connections at once: one
     * after the other, logging in to the mail server for each delegate took most of the test's time.
     */
    private List<List<Mailbox.Mail>> mailsToEachDelegate() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(MAIL_READERS);
        try {
            List<Future<List<Mailbox.Mail>>> reads = new ArrayList<>();
            for (int i = 0; i < DELEGATES; i++) {
                String delegate = tag + "-" + i + "@example.org";
                String what = "the mail to delegate " + i;
                reads.add(readers.submit(() -> Polling.until(() -> Mailbox.of(delegate), m -> !m.isEmpty(),
                        Duration.ofMillis(200), PATIENCE, what)));
            }
            List<List<Mailbox.Mail>> mails = new ArrayList<>();
            for (Future<List<Mailbox.Mail>> read : reads) {
                try {
                    mails.add(read.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e;
                }
            }
            return mails;
        } finally {
            readers.shutdownNow();
        }
    }

    private static long approved(String state) {
        return Long.parseLong(state.split(" ")[1]);
    }

    private void stop() {
        if (!controller.isStarted(CrashServer.CONTAINER)) {
            return;
        }
        try {
            deployer.undeploy(DEPLOYMENT);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not undeploy from the crash server", e);
        } finally {
            controller.stop(CrashServer.CONTAINER);
        }
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private String post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + System.getProperty("it.crash.http.port")
                + "/focalpoint/it/public/reconciliation/" + path);
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
}
