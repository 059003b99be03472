package org.focalpoint.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import org.focalpoint.persistence.ColumnText;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A message as fetched from the mailbox, before anything is read in it: its bytes, or for a
 * message over the size limit only its headers (the body is never downloaded, so a huge mail
 * costs nothing), and the keys that make sure it is taken once: its Message-ID and a digest of
 * what was fetched.
 */
public record IncomingMail(String messageId, String digest, Instant receivedAt, long size, byte[] raw,
                           boolean isComplete, String note) {

    /** A whole message. */
    public static IncomingMail of(byte[] raw, Instant receivedAt) {
        return new IncomingMail(messageIdOf(raw), sha256(raw), receivedAt, raw.length, raw, true, null);
    }

    /** A message over {@code limit} bytes: its headers only, recorded with a note. */
    public static IncomingMail headersOnly(String headers, long size, Instant receivedAt, long limit) {
        byte[] raw = (headers + "\r\n").getBytes(StandardCharsets.UTF_8);
        String note = "The message is " + megabytes(size) + ", over the limit of " + megabytes(limit)
                + ": its body was not downloaded nor stored, only its headers were read.";
        return new IncomingMail(messageIdOf(raw), sha256((headers + "\nsize:" + size).getBytes(StandardCharsets.UTF_8)),
                receivedAt, size, raw, false, note);
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
