package org.focalpoint.mailbox;

import org.focalpoint.time.DayRange;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What staff look for in the review queue: text in the sender, subject or organization; the
 * states shown (those waiting for a decision unless they choose others); the sender's standing;
 * the days it was received; and the order, newest first unless {@code oldestFirst}.
 */
public record MailboxFilter(String text, Set<MailboxItemState> states, SenderStanding standing, DayRange received,
                            boolean oldestFirst) implements Serializable {

    public MailboxFilter {
        states = states == null || states.isEmpty() ? waiting() : EnumSet.copyOf(states);
        received = received == null ? new DayRange(null, null, null) : received;
    }

    public static Set<MailboxItemState> waiting() {
        return EnumSet.of(MailboxItemState.TO_REVIEW, MailboxItemState.UNREADABLE, MailboxItemState.PARKED);
    }

    public static MailboxFilter waitingItems() {
        return new MailboxFilter(null, null, null, null, false);
    }
}
