package org.focalpoint.mailbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the TSB Director's mailbox over IMAP (the {@code java:jboss/mail/Director} session) every
 * few seconds, as {@link MailboxSettings} say, and hands what is new to {@link MailIntake} in
 * batches. "New" is a message without the {@link TakenMarker}: the mail stays in the mailbox for the
 * people who read it, and the flag is set only after the items have committed ({@link MailboxPass}).
 * One reading at a time in this server; on a cluster the items' unique Message-ID and digest keep
 * a message from being taken twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DirectorMailbox {

    private static final int BATCH = 500;
    /**
     * Whole messages in one IMAP command per batch: fetched one by one, each costs a round trip,
     * and some servers (GreenMail among them) take the longer the fuller the folder.
     */
    private static final FetchProfile WHOLE_MESSAGES = new FetchProfile();

    static {
        WHOLE_MESSAGES.add(IMAPFolder.FetchProfileItem.MESSAGE);
    }

    private static final Logger LOG = Logger.getLogger(DirectorMailbox.class.getName());

    @Resource(lookup = "java:jboss/mail/Director")
    private Session session;

    @Resource
    private TimerService timers;

    @Inject
    private MailIntake intake;

    @Inject
    private MailboxSettings settings;

    @Inject
    private Clock clock;

    private final AtomicBoolean reading = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = settings.pollSeconds() * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("Director's mailbox", false));
    }

    @Timeout
    void onTimer() {
        try {
            readNew();
        } catch (MessagingException | RuntimeException e) {
            // the mailbox server is down or refuses us: nothing was marked, the next reading takes it all
            LOG.log(Level.WARNING, "The Director's mailbox cannot be read now", e);
        }
    }

    /**
     * Takes every message not taken yet. Empty when a reading is already under way: that one
     * takes what is there.
     */
    public Optional<MailboxPass.Outcome> readNew() throws MessagingException {
        if (!reading.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try (Store store = session.getStore("imap")) {
            store.connect();
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] fresh = folder.search(new FlagTerm(TakenMarker.flags(), false));
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(FetchProfile.Item.SIZE);
                folder.fetch(fresh, profile);
                MailboxPass.Outcome outcome = MailboxPass.Outcome.NONE;
                for (int from = 0; from < fresh.length; from += BATCH) {
                    Message[] slice = Arrays.copyOfRange(fresh, from, Math.min(from + BATCH, fresh.length));
                    folder.fetch(Arrays.stream(slice).filter(m -> withinLimit(m, settings)).toArray(Message[]::new),
                            WHOLE_MESSAGES);
                    List<MailboxPass.Fetched<Message>> batch = new ArrayList<>();
                    for (Message message : slice) {
                        batch.add(new MailboxPass.Fetched<>(message, fetch(message, settings)));
                    }
                    outcome = outcome.plus(MailboxPass.run(batch, intake,
                            taken -> folder.setFlags(taken.toArray(Message[]::new), TakenMarker.flags(), true), settings.attempts()));
                }
                return Optional.of(outcome);
            } finally {
                folder.close(false);
            }
        } finally {
            reading.set(false);
        }
    }

    private static boolean withinLimit(Message message, MailboxSettings settings) {
        try {
            return message.getSize() <= settings.maxBytes();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private IncomingMail fetch(Message message, MailboxSettings settings) throws MessagingException {
        Instant received = message.getReceivedDate() == null ? clock.instant() : message.getReceivedDate().toInstant();
        int size = message.getSize();
        if (size > settings.maxBytes()) {
            String headers = String.join("\r\n", Collections.list(((MimeMessage) message).getAllHeaderLines()));
            return IncomingMail.headersOnly(headers, size, received, settings.maxBytes());
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(size, 1024));
        try {
            message.writeTo(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return IncomingMail.of(raw.toByteArray(), received);
    }
}
