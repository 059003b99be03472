package org.focalpoint.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

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

    /** The message parsed anew from its bytes: whatever the mailbox server makes of it, what we read is what we store. */
    public MimeMessage message() {
        try {
            return new MimeMessage((Session) null, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            // parsing headers from memory fails only on a header block that is not one; MailText reports it
            return new MimeMessage((Session) null);
        }
    }

    /** The message as received, for staff to read (shown as text, never as markup). */
    public String source() {
        return new String(raw, StandardCharsets.UTF_8);
    }

    private static String messageIdOf(byte[] raw) {
        try {
            String id = new MimeMessage((Session) null, new ByteArrayInputStream(raw)).getMessageID();
            // the column's length, which a hostile header could exceed
            return id == null || id.isBlank() ? null : MailboxItem.storable(id.strip(), 998);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
