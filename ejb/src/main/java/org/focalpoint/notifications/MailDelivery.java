package org.focalpoint.notifications;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import javax.sql.DataSource;
import org.focalpoint.ServerNode;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.focalpoint.persistence.NativeValues.timestamp;

/**
 * Sends the outbox's mails through the server's {@code java:jboss/mail/FocalPoint} session: woken by
 * each commit that queued mail, and every minute for the mails put off or left by a delivery that
 * died. Many mails go over one SMTP connection, on a thread of the server's executor, so that whoever
 * queued them (a page, a nightly job) never waits on the mail server. One delivery at a time in this
 * server; on a cluster the claims keep two nodes from sending the same mail.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {
    @Inject
    private Clock clock;

    @Inject
    private ServerNode node;


    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    private static final int BATCH = 200;
    private static final long EVERY_MINUTE = Duration.ofMinutes(1).toMillis();
    /** A claim this old belongs to a delivery that died with its node: far longer than a batch takes. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Resource(lookup = "java:jboss/mail/FocalPoint")
    private Session session;

    @Resource(lookup = "java:jboss/datasources/FocalPointDS")
    private DataSource database;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private TimerService timers;

    @EJB
    private Outbox outbox;

    /** Set by every wake-up, taken by the delivery: a commit during a delivery is not missed. */
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean delivering = new AtomicBoolean();

    @PostConstruct
    void start() {
        int released = outbox.releaseClaimsOf(node.name());
        if (released > 0) {
            LOG.warning(released + " mails this server had claimed when it stopped are sent again; the mail"
                    + " server may have taken one of them already");
        }
        timers.createIntervalTimer(EVERY_MINUTE, EVERY_MINUTE, new TimerConfig("Mail outbox", false));
        wake();
    }

    @Timeout
    void everyMinute() {
        outbox.releaseClaimsBefore(clock.instant().minus(PATIENCE));
        wake();
    }

    /** Sends what waits, now, on another thread; returns at once. */
    public void wake() {
        wanted.set(true);
        if (delivering.compareAndSet(false, true)) {
            try {
                executor.execute(this::deliverWaiting);
            } catch (RejectedExecutionException e) {
                // the server is stopping: what waits stays in the outbox for its next start
                delivering.set(false);
            }
        }
    }

    private void deliverWaiting() {
        try {
            while (wanted.getAndSet(false)) {
                while (deliverBatch() == BATCH) {
                    // a full batch: there may be more
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The mail outbox cannot be read; the next minute tries again", e);
        } finally {
            delivering.set(false);
        }
        if (wanted.get()) {
            wake();
        }
    }

    private int deliverBatch() {
        List<QueuedMail> batch = outbox.claim(node.name() + "/" + UUID.randomUUID(), clock.instant(), BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        int done = 0;
        // Each mail is recorded as sent by one statement committed on its own as soon as the mail
        // server has taken it: no transaction spans the batch, so a crash can repeat only the mail in flight.
        try (Transport transport = session.getTransport("smtp");
             Connection connection = database.getConnection();
             PreparedStatement sent = connection.prepareStatement("update outgoing_mail set sent_at = ? where id = ?")) {
            connection.setAutoCommit(true);
            transport.connect();
            for (QueuedMail queued : batch) {
                if (send(transport, queued)) {
                    sent.setObject(1, timestamp(clock.instant()));
                    sent.setLong(2, queued.getId());
                    sent.executeUpdate();
                }
                done++;
            }
        } catch (MessagingException | SQLException e) {
            LOG.log(Level.WARNING, "The mail server or the database cannot be reached; " + (batch.size() - done)
                    + " mails are put off", e);
            batch.subList(done, batch.size()).forEach(queued -> outbox.failed(queued.getId(), e.toString(),
                    clock.instant()));
        }
        return batch.size();
    }

    /**
     * Sends one mail, true when the mail server has taken it. A fault of this mail alone does not hold
     * up the others: a malformed address is given up, a refusal by the mail server puts the mail off.
     */
    private boolean send(Transport transport, QueuedMail queued) throws MessagingException {
        MimeMessage message;
        try {
            message = message(queued);
        } catch (MessagingException e) {
            LOG.log(Level.SEVERE, "Cannot write \"" + queued.getSubject() + "\" to " + queued.getRecipient()
                    + ": given up", e);
            outbox.givenUp(queued.getId(), e.toString(), clock.instant());
            return false;
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
            return true;
        } catch (SendFailedException e) {
            LOG.log(Level.WARNING, "The mail server refused \"" + queued.getSubject() + "\" to " + queued.getRecipient(), e);
            outbox.failed(queued.getId(), e.toString(), clock.instant());
            return false;
        }
    }

    private MimeMessage message(QueuedMail queued) throws MessagingException {
        OutgoingMail mail = queued.mail();
        // The same Message-ID whenever the mail is sent again, so that a mail client shows one of two copies.
        String messageId = "<" + queued.getId() + "." + queued.getQueuedAt().toEpochMilli() + ".outbox@" + domain() + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        InternetAddress from = InternetAddress.getLocalAddress(session);
        if (from != null) {
            message.setFrom(from);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.attachment() == null) {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
        } else {
            message.setContent(withAttachment(mail));
        }
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    private String domain() {
        String from = session.getProperty("mail.from");
        int at = from == null ? -1 : from.lastIndexOf('@');
        return at < 0 ? "focalpoint.invalid" : from.substring(at + 1).replace(">", "").strip();
    }

    /** The text first, then the file, as mail clients show a message with an attachment. */
    private static MimeMultipart withAttachment(OutgoingMail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        MimeBodyPart file = new MimeBodyPart();
        OutgoingMail.Attachment attachment = mail.attachment();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        file.setFileName(attachment.fileName());
        file.setDisposition(Part.ATTACHMENT);
        return new MimeMultipart(text, file);
    }
}
