/**
 * The server side of the TSB Director's mailbox: {@link org.focalpoint.mailbox.DirectorMailbox} reads
 * the IMAP folder on a timer, {@link org.focalpoint.mailbox.MailIntake} turns each message into a
 * {@link org.focalpoint.mailbox.MailboxItem} once and only once ({@link org.focalpoint.mailbox.MailboxPass}),
 * with what {@link org.focalpoint.mailbox.reading} read in it, and {@link org.focalpoint.mailbox.MailboxReview}
 * is where staff confirm or reject an item, which records the opt-in and acknowledges the sender.
 */
package org.focalpoint.mailbox;
