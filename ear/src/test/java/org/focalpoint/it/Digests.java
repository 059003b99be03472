package org.focalpoint.it;

import org.focalpoint.accounts.Account;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The digests of one kind that reached a person's mailbox, known by their subject. */
final class Digests {

    private final String subject;

    Digests(String subject) {
        this.subject = subject;
    }

    List<Mailbox.Mail> to(Account account) {
        return Mailbox.of(account.getEmail()).stream().filter(m -> m.subject().equals(subject)).toList();
    }

    /** Exactly {@code count}: mail leaves when the digest's transaction commits; GreenMail may file it a moment later. */
    List<Mailbox.Mail> await(Account account, int count) {
        List<Mailbox.Mail> mails = Mailbox.await(account.getEmail(), m -> m.subject().equals(subject), count, "digests");
        assertEquals(count, mails.size(), () -> "digests to " + account.getEmail());
        return mails;
    }
}
