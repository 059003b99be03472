package org.focalpoint.mailbox;

import java.util.EnumSet;
import java.util.Set;

/** The states staff can show in the Director's mailbox, those waiting for a decision first. */
public enum MailboxStates {
    WAITING("Waiting for a decision", MailboxFilter.waiting()),
    TO_REVIEW(MailboxItemState.TO_REVIEW),
    UNREADABLE(MailboxItemState.UNREADABLE),
    PARKED(MailboxItemState.PARKED),
    CONFIRMED(MailboxItemState.CONFIRMED),
    REJECTED(MailboxItemState.REJECTED),
    ALL("All messages", EnumSet.allOf(MailboxItemState.class));

    private final String label;
    private final Set<MailboxItemState> states;

    MailboxStates(MailboxItemState state) {
        this(state.label(), EnumSet.of(state));
    }

    MailboxStates(String label, Set<MailboxItemState> states) {
        this.label = label;
        this.states = states;
    }

    public String label() {
        return label;
    }

    Set<MailboxItemState> states() {
        return EnumSet.copyOf(states);
    }
}
