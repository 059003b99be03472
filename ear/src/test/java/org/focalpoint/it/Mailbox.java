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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person's inbox on the local mail server over IMAP, as a mail client would. Works from
 * the test JVM and from in-container tests alike. Waits are bounded polls, never sleeps.
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

    private Mailbox() {
    }

    /** Every mail in the inbox of {@code address}, oldest first. */
    public static List<Mail> of(String address) {
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
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the inbox of " + address, e);
        }
    }

    /** The newest mail to {@code address} whose subject contains {@code subjectPart}, waiting up to 20 s. */
    public static Mail await(String address, String subjectPart) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Mail> matching = of(address).stream().filter(m -> m.subject().contains(subjectPart)).toList();
            if (!matching.isEmpty()) {
                return matching.get(matching.size() - 1);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No mail \"" + subjectPart + "\" reached " + address + " within 20 s; inbox: "
                        + of(address).stream().map(Mail::subject).toList());
            }
            Thread.onSpinWait();
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
