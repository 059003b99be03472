package org.focalpoint.notifications;

import java.util.Collection;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of a kind of digest: each recipient's digest is sent (or found not due) in a
 * transaction of its own by {@code sendIfDue}, so that one failure costs that person this round
 * only. Another round may have sent it a moment ago (this one lost the race and sent nothing), or
 * this one failed: either way the others still get theirs, and the next round tries again.
 */
public final class DigestRound {

    private static final Logger LOG = Logger.getLogger(DigestRound.class.getName());

    private DigestRound() {
    }

    /** Returns how many digests left; {@code kind} and {@code recipients} name them in the log. */
    public static int sendEach(Collection<Long> people, Predicate<Long> sendIfDue, String kind, String recipients) {
        int sent = 0;
        for (Long person : people) {
            try {
                if (sendIfDue.test(person)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "No " + kind + " for " + person + " this time", e);
            }
        }
        if (sent > 0) {
            LOG.info("Sent " + sent + " " + kind + "(s) to " + recipients);
        }
        return sent;
    }
}
