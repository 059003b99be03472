package org.focalpoint.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person's inbox on the local mail server over IMAP, as a mail client would. Works from
 * the test JVM and from in-container tests alike. Waits are bounded polls.
 */
public final class Mailbox {

    /** A file attached to a mail, as received. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** A mail as received; its Message-ID tells a copy of a mail from another mail. */
    public record Mail(String subject, String body, List<Attachment> attachments, String messageId) {

        /** The first link in the body that contains {@code pathPart}, e.g. "verify.xhtml". */
        public String link(String pathPart) {
            Matcher m = Pattern.compile("https?://\\S*" + Pattern.quote(pathPart) + "\\S*").matcher(body);
            if (!m.find()) {
                throw new AssertionError("No link to " + pathPart + " in mail \"" + subject + "\":\n" + body);
            }
            return m.group();
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(50);
    /** How long a new address's inbox may refuse a login: see {@link #of(String)}. */
    private static final Duration OPENING = Duration.ofSeconds(1);
    /** Connections {@link #ofEach} reads on at once. */
    private static final int READERS = 8;

    private Mailbox() {
    }

    /**
     * Every mail in the inbox of {@code address}, oldest first. GreenMail makes a new address's
     * mailbox on its first use, checking and creating in two steps: a login and a delivery to the
     * same new address at the same moment make the login fail. So a read that fails is tried again
     * for a moment before it counts as a failure.
     */
    public static List<Mail> of(String address) {
        return poll(() -> Reading.of(address), Reading::succeeded, OPENING, "the inbox of " + address + " to open")
                .mails();
    }

    /** A read of an inbox: its mails, or why it could not be read. */
    private record Reading(List<Mail> mails, Exception failure) {

        static Reading of(String address) {
            try {
                return new Reading(read(address), null);
            } catch (MessagingException | IOException e) {
                return new Reading(null, e);
            }
        }

        boolean succeeded() {
            return failure == null;
        }
    }

    private static List<Mail> read(String address) throws MessagingException, IOException {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", System.getProperty("it.imap.port", System.getProperty("focalpoint.imap.port")));
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect(address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    List<Attachment> attachments = new ArrayList<>();
                    mails.add(new Mail(m.getSubject(), text(m, attachments), attachments, ((MimeMessage) m).getMessageID()));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        }
    }

    /**
     * The newest mail to {@code address} whose subject contains {@code subjectPart}, waiting up to
     * 90 s: a mail the mail server refuses for a moment (GreenMail does when the same new address is
     * read and delivered to at once) leaves the outbox again a minute later.
     */
    public static Mail await(String address, String subjectPart) {
        List<Mail> matching = await(address, m -> m.subject().contains(subjectPart), 1,
                "mail \"" + subjectPart + "\"");
        return matching.get(matching.size() - 1);
    }

    /**
     * The mails to {@code address} that are {@code wanted}, once there are at least {@code count} of
     * them, waiting up to 90 s like {@link #await(String, String)}; {@code what} says what they are in a failure.
     */
    public static List<Mail> await(String address, Predicate<Mail> wanted, int count, String what) {
        return poll(() -> of(address).stream().filter(wanted).toList(), mails -> mails.size() >= count, PATIENCE,
                "at least " + count + " " + what + " to reach " + address);
    }

    /**
     * The inbox of each of {@code addresses}, in their order, each once a mail has reached it
     * (waiting up to 90 s like {@link #await(String, String)}), read on several connections at once:
     * one after the other, logging in to the mail server for each of a hundred people takes most of a
     * test's time.
     */
    public static List<List<Mail>> ofEach(List<String> addresses) throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<List<Mail>>> reads = new ArrayList<>();
            for (String address : addresses) {
                reads.add(readers.submit(() -> poll(() -> of(address), mails -> !mails.isEmpty(), PATIENCE,
                        "a mail to reach " + address)));
            }
            List<List<Mail>> inboxes = new ArrayList<>();
            for (Future<List<Mail>> read : reads) {
                try {
                    inboxes.add(read.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e;
                }
            }
            return inboxes;
        } finally {
            readers.shutdownNow();
        }
    }

    /** {@link Polling#until} for reads that throw nothing checked: only the wait between them, when interrupted. */
    private static <T> T poll(Polling.Probe<T> probe, Predicate<T> done, Duration patience, String what) {
        try {
            return Polling.until(probe, done, POLL, patience, what);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        }
    }

    /** The text of a mail, its parts' texts one after the other; files attached go to {@code attachments}. */
    private static String text(Part part, List<Attachment> attachments) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream content = part.getInputStream()) {
                attachments.add(new Attachment(part.getFileName(), part.getContentType(), content.readAllBytes()));
            }
            return "";
        }
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                sb.append(text(multipart.getBodyPart(i), attachments));
            }
            return sb.toString();
        }
        return "";
    }
}
