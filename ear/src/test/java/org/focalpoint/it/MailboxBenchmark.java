package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.mailbox.DirectorMailbox;
import org.focalpoint.mailbox.MailboxPass;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 5's benchmark, run by {@code mvn verify -Pbenchmark}: 10,000 mails wait in the Director's
 * inbox (the parser's samples, each with its own Message-ID), and the application takes them all.
 * The mails are put aside in another folder and moved into the inbox in one command once the
 * clock runs, so that no reading starts before it does. Prints the time and writes it to {@code target/benchmarks/mailbox.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class MailboxBenchmark {

    private static final int MAILS = Integer.getInteger("benchmark.mails", 10_000);
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:.*\\R");

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.withSampleMails(FocalPointDeployment.earWithTests(MailboxBenchmark.class,
                DirectorInbox.class, DirectorInbox.InFolder.class, MailSamples.class));
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
    void tenThousandWaitingMailsAreAllTaken() throws Exception {
        tx.begin();
        em.createNativeQuery("delete from mailbox_item").executeUpdate();
        em.createNativeQuery("delete from mailbox_failure").executeUpdate();
        MailSamples.world(em);
        tx.commit();
        DirectorInbox.empty(director);

        List<String[]> samples = MailSamples.rows("expected.csv");
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            String sample = new String(MailSamples.bytes(samples.get(i % samples.size())[0]), StandardCharsets.ISO_8859_1);
            batch.add(("Message-ID: <benchmark-" + i + "@focalpoint.test>\r\n" + MESSAGE_ID.matcher(sample).replaceFirst(""))
                    .getBytes(StandardCharsets.ISO_8859_1));
            if (batch.size() == 500 || i == MAILS - 1) {
                DirectorInbox.stage(director, batch);
                batch.clear();
            }
        }

        Instant start = Instant.now();
        DirectorInbox.releaseStaged(director);
        long taken = 0;
        while (taken < MAILS && Duration.between(start, Instant.now()).toMinutes() < 10) {
            Optional<MailboxPass.Outcome> reading = mailbox.readNew();
            if (reading.isEmpty()) {
                Thread.sleep(50);
            }
            taken = em.createQuery("select count(i) from MailboxItem i", Long.class).getSingleResult();
        }
        Duration elapsed = Duration.between(start, Instant.now());
        assertEquals(MAILS, taken, "every mail taken");
        assertEquals(MAILS, DirectorInbox.marked(director)[0], "every mail marked");

        String result = String.format(Locale.ROOT, "%d mails taken in %.1f s (%.0f mails/s)%n", MAILS,
                elapsed.toMillis() / 1000.0, MAILS * 1000.0 / Math.max(1, elapsed.toMillis()));
        System.out.print("BENCHMARK " + result);
        Path report = Path.of(System.getProperty("jboss.server.base.dir"), "..", "benchmarks", "mailbox.txt");
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, result);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
