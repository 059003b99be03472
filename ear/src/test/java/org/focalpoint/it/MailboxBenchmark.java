package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.mailbox.DirectorMailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 5's benchmark, run by {@code mvn verify -Pbenchmark}: 10,000 mails wait in the Director's
 * inbox (the parser's sample mails in turn, each with its own Message-ID) and the application
 * takes them all, from the benchmarks' mail server (a Dovecot, {@link SampleStaging}). The mails
 * are delivered straight into another folder of the mail server (appending them over IMAP would
 * take longer) and moved into the inbox by one IMAP command when the clock starts, so that no
 * reading begins before it does. Prints the figures and writes them to
 * {@code target/benchmarks/mailbox.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailboxBenchmark {

    static final int MAILS = 10_000;
    private static final String DIRECTOR = "director@focalpoint.test";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/mail/Director")
    Session director;

    @Inject
    DirectorMailbox mailbox;

    @Test
    @Order(1)
    void anEmptyQueueAndInbox() throws Exception {
        tx.begin();
        MailSamples.emptyQueue(em);
        MailSamples.world(em);
        tx.commit();
        DirectorInbox.empty(director);
        DirectorInbox.emptyStaging(director);
    }

    @Test
    @Order(2)
    @RunAsClient
    void tenThousandMailsWaitAside() throws Exception {
        SampleStaging.put(DIRECTOR, DirectorInbox.STAGING, MAILS);
    }

    @Test
    @Order(3)
    void allAreTaken() throws Exception {
        long cpuAtStart = ServerCpu.used();
        Instant start = Instant.now();
        assertEquals(MAILS, DirectorInbox.releaseStaged(director), "every mail waiting");
        long taken = Polling.until(() -> {
            mailbox.readNew();
            return em.createQuery("select count(i) from MailboxItem i", Long.class).getSingleResult();
        }, n -> n >= MAILS, Duration.ofMillis(50), Duration.ofMinutes(10), "every mail to be taken");
        Duration elapsed = Duration.between(start, Instant.now());
        long cpu = ServerCpu.used() - cpuAtStart;
        assertEquals(MAILS, taken, "every mail taken");
        assertEquals(MAILS, DirectorInbox.marked(director)[0], "every mail marked");

        // on a shared machine the time depends on what else runs: the CPU time the application
        // server used, and the load, say how much of it was the application's
        String result = String.format(Locale.ROOT,
                "%d mails taken in %.1f s (%.0f mails/s), %.1f s of the application server's CPU time, load average %.1f%n",
                MAILS, elapsed.toMillis() / 1000.0, MAILS * 1000.0 / Math.max(1, elapsed.toMillis()), cpu / 1e9,
                ServerCpu.loadAverage());
        Logger.getLogger(MailboxBenchmark.class.getName()).info("BENCHMARK " + result.strip());
        Path report = Path.of(System.getProperty("jboss.server.base.dir"), "..", "benchmarks", "mailbox.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, result);
    }
}
