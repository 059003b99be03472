package org.focalpoint.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import org.focalpoint.Sha256;
import org.focalpoint.persistence.ColumnText;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A message as fetched from the mailbox, before anything is read in it: its bytes, or for a
 * message over the size limit only its headers (the body is never downloaded, so a huge mail
 * costs nothing), and the keys that make sure it is taken once: its Message-ID and a digest of
 * what the sender wrote. The digest leaves out what each delivery adds (Received, Return-Path,
 * Delivered-To, a relay's X- headers, its line endings), so that one message without a
 * Message-ID delivered twice is known the second time.
 */
public record IncomingMail(String messageId, String digest, Instant receivedAt, long size, byte[] raw,
                           boolean isComplete, String note) {

    /**
     * What a sender's mail program writes; anything else in the header (Received, Return-Path,
     * Delivered-To, X-Original-To, Authentication-Results, ARC-…, a relay's X- fields) is added on
     * the way, differently for each delivery.
     */
    private static final Pattern SENDERS_FIELDS = Pattern.compile("(?i)From|Sender|Reply-To|To|Cc|Subject|Date"
            + "|Message-ID|In-Reply-To|References|MIME-Version|Content-[A-Za-z-]+");

    /** A whole message. */
    public static IncomingMail of(byte[] raw, Instant receivedAt) {
        return new IncomingMail(messageIdOf(raw), sha256(writtenBySender(raw)), receivedAt, raw.length, raw, true, null);
    }

    /** A message over {@code limit} bytes: its headers only, recorded with a note. */
    public static IncomingMail headersOnly(String headers, long size, Instant receivedAt, long limit) {
        byte[] raw = (headers + "\r\n").getBytes(StandardCharsets.UTF_8);
        String note = "The message is " + megabytes(size) + ", over the limit of " + megabytes(limit)
                + ": its body was not downloaded nor stored, only its headers were read.";
        return new IncomingMail(messageIdOf(raw), sha256(writtenBySender(raw) + "\nsize:" + size), receivedAt, size, raw,
                false, note);
    }

    /** The message as received, for staff to read (shown as text, never as markup). */
    public String source() {
        return new String(raw, StandardCharsets.UTF_8);
    }

    private static String messageIdOf(byte[] raw) {
        try {
            String id = new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("Message-ID", null);
            // the column's length, which a hostile header could exceed
            return id == null || id.isBlank() ? null : ColumnText.fit(id.strip(), 998);
        } catch (MessagingException e) {
            return null;
        }
    }

    /**
     * The header fields the sender's mail program wrote, unfolded, in their order, then the body,
     * with one kind of line end. A byte is kept as one character (ISO-8859-1), whatever the
     * message's charset.
     */
    private static String writtenBySender(byte[] raw) {
        String message = new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        int end = message.startsWith("\n") ? 0 : message.indexOf("\n\n");
        String head = end < 0 ? message : message.substring(0, end);
        String body = end < 0 ? "" : message.substring(end + 2);
        StringBuilder written = new StringBuilder();
        for (String field : head.replaceAll("\n[ \t]+", " ").split("\n")) {
            int colon = field.indexOf(':');
            if (colon > 0 && SENDERS_FIELDS.matcher(field.substring(0, colon).strip()).matches()) {
                written.append(field.strip()).append('\n');
            }
        }
        return written.append('\n').append(body).toString();
    }

    /** Of the raw octets: a mail's text is read as ISO-8859-1 so that every byte stands for itself. */
    private static String sha256(String content) {
        return Sha256.of(content.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
