package org.focalpoint.accounts;

import java.time.Duration;

/**
 * How many mails with a link (a verification link at sign-up or asked for again, a password reset
 * link) can be asked for before asking must wait, so that the forms cannot fill someone's mailbox.
 * Set in server-config (system properties of the server, read by {@link MailRequestConfiguration}).
 *
 * @param perAddress mails to one address
 * @param perClient  mails asked for from one client address, to any addresses: one sender cannot
 *                   fill many mailboxes either; several people may share a client address (an
 *                   office behind one gateway), so it allows more
 * @param pause      how long asking waits once a limit is reached; the count starts again once
 *                   that long has passed since the last mail asked for
 */
public record MailRequestLimits(int perAddress, int perClient, Duration pause) {

    SignInPolicy.Limits toAddress() {
        return limitsOf(perAddress);
    }

    SignInPolicy.Limits fromClient() {
        return limitsOf(perClient);
    }

    /** Free up to the limit, then locked: a mail is never merely slowed down to a few seconds. */
    private SignInPolicy.Limits limitsOf(int mails) {
        return new SignInPolicy.Limits(mails, mails, pause, pause);
    }
}
