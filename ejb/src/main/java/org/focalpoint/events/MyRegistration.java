package org.focalpoint.events;

import org.focalpoint.accounts.Account;
import org.focalpoint.decisions.Decision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of "My registrations": the event, on whose behalf, where it stands, on what basis, who
 * decided and when ({@code decidedBy} null while it waits), and whether it can still be withdrawn.
 */
public record MyRegistration(Long id, long version, String event, LocalDate startsOn, LocalDate endsOn,
                             String onBehalfOf, RegistrationState state, String basis, String decidedBy,
                             Instant decidedAt, String reason, boolean withdrawable)
        implements Serializable {

    static MyRegistration of(Registration r, Account self, LocalDate today) {
        Decision decision = r.getDecision();
        Event event = r.getEvent();
        return new MyRegistration(r.getId(), r.getVersion(), event.getTitle(), event.getStartsOn(), event.getEndsOn(),
                r.getAffiliation().getOrganization().getName(), r.getState(), r.getBasis(),
                decision == null ? null : decidedBy(decision.getBy(), self),
                decision == null ? null : decision.getAt(), decision == null ? null : decision.getReason(),
                r.getState().isStanding() && !event.getEndsOn().isBefore(today));
    }

    /** The platform decides by itself when nobody is named: automatic approval, a confirmed workshop. */
    private static String decidedBy(Account by, Account self) {
        if (by == null) {
            return "FocalPoint (automatically)";
        }
        return by.getId().equals(self.getId()) ? "You" : by.getFullName();
    }
}
