package org.focalpoint.notifications;

/** A plain-text mail to one person, with at most one file attached (null: none). */
public record OutgoingMail(String to, String subject, String body, Attachment attachment) {

    public OutgoingMail(String to, String subject, String body) {
        this(to, subject, body, null);
    }

    /** A file sent with the mail, e.g. a CSV list the recipient opens in a spreadsheet. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
