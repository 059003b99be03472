/**
 * Understanding the mail that reaches the TSB Director's mailbox (TSB Circular 118): members ask
 * there, in the annex's wording or their own, to opt in to or out of automatic approval.
 *
 * <p>Pure classes, no server, unit-tested on sample mails: {@link org.focalpoint.mailbox.reading.MailText}
 * reads a MIME message into plain text, {@link org.focalpoint.mailbox.reading.RequestReader} finds the
 * request in that text, {@link org.focalpoint.mailbox.reading.OrganizationRegistry} matches the
 * organization it names, and {@link org.focalpoint.mailbox.reading.MailReading} puts the three together
 * for the review queue. Nothing here decides: staff confirm every request.
 */
package org.focalpoint.mailbox.reading;
