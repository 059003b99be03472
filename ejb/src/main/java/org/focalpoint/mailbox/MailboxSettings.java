package org.focalpoint.mailbox;

/**
 * Where and how often the Director's mailbox is read, set in server-config (system properties of
 * the server, read by {@link MailboxConfiguration}; the IMAP host and account are the {@code java:jboss/mail/Director} mail session's).
 *
 * @param folder      the IMAP folder requests arrive in
 * @param pollSeconds how long new mail may wait before it is read
 * @param maxBytes    a larger message is recorded from its headers, its body neither downloaded nor stored
 * @param attempts    how many times a message the application fails on is tried before it is parked
 */
public record MailboxSettings(String folder, int pollSeconds, long maxBytes, int attempts) {
}
