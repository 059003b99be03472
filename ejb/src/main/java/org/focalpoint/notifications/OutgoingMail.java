package org.focalpoint.notifications;

/** A plain-text mail to one person. */
public record OutgoingMail(String to, String subject, String body) {
}
