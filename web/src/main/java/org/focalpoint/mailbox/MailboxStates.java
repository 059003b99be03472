package org.focalpoint.mailbox;

import org.focalpoint.faces.PageWords;

import java.util.EnumSet;
import java.util.Set;

/** The states staff can show in the Director's mailbox, those waiting for a decision first. */
public enum MailboxStates {
    WAITING("staff-mailbox.waiting-for-a-decision", MailboxFilter.waiting()),
    TO_REVIEW(MailboxItemState.TO_REVIEW),
    UNREADABLE(MailboxItemState.UNREADABLE),
    PARKED(MailboxItemState.PARKED),
    CONFIRMED(MailboxItemState.CONFIRMED),
    REJECTED(MailboxItemState.REJECTED),
    DISMISSED(MailboxItemState.DISMISSED),
    ALL("staff-mailbox.all-messages", EnumSet.allOf(MailboxItemState.class));

    /** A key of the pages' bundle, or null when the choice is one state, named as the state is. */
    private final String key;
    private final Set<MailboxItemState> states;

    MailboxStates(MailboxItemState state) {
        this(null, EnumSet.of(state));
    }

    MailboxStates(String key, Set<MailboxItemState> states) {
        this.key = key;
        this.states = states;
    }

    public String label(PageWords words) {
        return key == null ? words.label(states.iterator().next()) : words.text(key);
    }

    Set<MailboxItemState> states() {
        return EnumSet.copyOf(states);
    }
}
