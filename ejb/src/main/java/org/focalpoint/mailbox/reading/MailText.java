package org.focalpoint.mailbox.reading;

import jakarta.mail.Address;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a mail says, as plain text: who sent it, its subject and Message-ID, when it says it was
 * sent, its readable text (see {@link MimeBody}), the attachments it carries (named, not read),
 * notes on how it was read (an unknown charset, say) and, when its MIME structure is broken, why:
 * such a mail is still a mail the review queue must show, never an exception.
 *
 * @param sender    never null; its address is null when the From header is missing or unreadable
 * @param subject   decoded, "" when there is none
 * @param messageId as in the header, with its angle brackets, or null
 * @param sentAt    the Date header, or null
 * @param text      the readable text, "" when there is none; at most {@value MimeBody#MAX_TEXT} characters
 * @param malformed why the MIME structure cannot be read, or null when it can
 */
public record MailText(MailSender sender, String subject, String messageId, Instant sentAt, String text,
                       List<String> attachments, List<String> notes, String malformed) {

    /** Parsing needs a session only for its properties; the defaults are the ones wanted. */
    private static final Session PARSING = Session.getInstance(new Properties());
    /** RFC 5322's limit for a header line; a longer From is looked at no further. */
    private static final int MAX_HEADER = 998;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+");

    public MailText {
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
        attachments = List.copyOf(attachments);
        notes = List.copyOf(notes);
    }

    /**
     * Reads a message as received, in RFC 822 form: the way to read mail fetched from a mailbox,
     * because nothing is fetched any more while it is read (see {@link #of(MimeMessage)}).
     */
    public static MailText of(byte[] rfc822) {
        try {
            return of(new MimeMessage(PARSING, new ByteArrayInputStream(rfc822)));
        } catch (MessagingException e) {
            // only the headers are parsed here; headers that cannot be are a broken message too
            return new MailText(new MailSender(null, null), "", null, null, "", List.of(), List.of(),
                    "The message's headers cannot be read: " + describe(e));
        }
    }

    /**
     * Reads a message held in memory. A message still in an open IMAP folder is fetched lazily
     * while it is read; a lost connection then is no property of the mail, so it is thrown
     * ({@link IllegalStateException}) for the mail to be read again later, not reported as
     * malformed. Any other failure to read the structure is reported in {@link #malformed()}.
     */
    public static MailText of(MimeMessage message) {
        MimeBody body = new MimeBody();
        String malformed = null;
        try {
            body.walk(message, 0);
        } catch (FolderClosedException | StoreClosedException | MessageRemovedException e) {
            throw new IllegalStateException(describe(e), e);
        } catch (MessagingException | IOException | RuntimeException e) {
            // Jakarta Mail parses lazily and reports broken structure as any of these (a missing
            // boundary, a bad transfer encoding, a cast on a part that is not what it claims). A
            // hostile mail must end as a queue item that says what is wrong, never as a failed poll.
            malformed = "The MIME structure cannot be read: " + describe(e);
        }
        String text = body.text.toString();
        if (text.length() > MimeBody.MAX_TEXT) {
            text = text.substring(0, MimeBody.MAX_TEXT);
            body.notes.add("The text was cut at " + MimeBody.MAX_TEXT + " characters");
        }
        return new MailText(sender(message), subject(message), messageId(message), sentAt(message), text,
                body.attachments, body.notes, malformed);
    }

    public boolean isMalformed() {
        return malformed != null;
    }

    private static MailSender sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
                return new MailSender(address.getAddress(), address.getPersonal());
            }
        } catch (MessagingException | RuntimeException e) {
            // an unparseable From: fall back to any address written in it
        }
        try {
            String raw = message.getHeader("From", ",");
            if (raw != null) {
                Matcher m = ADDRESS.matcher(raw.length() > MAX_HEADER ? raw.substring(0, MAX_HEADER) : raw);
                return new MailSender(m.find() ? m.group() : null, null);
            }
        } catch (MessagingException e) {
            // no From we can read at all
        }
        return new MailSender(null, null);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return id == null || id.isBlank() ? null : id.strip();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent == null ? null : sent.toInstant();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
