package org.focalpoint.reconciliation;

import org.focalpoint.accounts.Account;
import org.focalpoint.events.Event;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationMail;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.util.List;

/** What the delegate, and the member's Designated Focal Point, read about a night's changes. */
final class ReconciliationMail {

    private ReconciliationMail() {
    }

    static OutgoingMail toDelegate(Registration registration, Change change, String registrations, String events) {
        Event event = registration.getEvent();
        String organization = registration.getAffiliation().getOrganization().getName();
        return switch (change.action()) {
            case CANCELLED -> RegistrationMail.cancelled(registration, capitalised(change.why()) + ".", events);
            case AUTO_APPROVAL_WITHDRAWN -> new OutgoingMail(registration.getAccount().getEmail(),
                    "Your registration for " + event.getTitle() + ": waiting for approval again",
                    greeting(registration.getAccount()) + "your registration for " + event.getTitle()
                            + " on behalf of " + organization + " was approved automatically, but "
                            + change.why() + ".\nIt now waits for " + organization
                            + "'s Designated Focal Point for " + event.getSector().label()
                            + ", who will approve or reject it. We will write to you when they decide.\n\n"
                            + "Your registrations: " + registrations + "\n\nFocalPoint\n");
            case AUTO_APPROVED -> new OutgoingMail(registration.getAccount().getEmail(),
                    "Your registration for " + event.getTitle() + ": approved automatically",
                    greeting(registration.getAccount()) + "your registration for " + event.getTitle()
                            + " on behalf of " + organization + " is now approved automatically: "
                            + change.why() + " (TSB Circular 118).\n\nYour registrations: " + registrations
                            + "\n\nFocalPoint\n");
            case OPT_IN_LAPSED, REMINDED, ESCALATED, REVIEW_SENT -> throw new IllegalArgumentException(
                    "Not a change the reconciliation makes to a registration: " + change.action());
        };
    }

    /** One mail per member and sector for the whole night, listing each registration that changed. */
    static OutgoingMail toFocalPoint(Account focalPoint, Organization organization, Sector sector,
                                     List<String> lines, String queue) {
        return new OutgoingMail(focalPoint.getEmail(),
                organization.getName() + ": " + lines.size() + " registration" + (lines.size() == 1 ? "" : "s")
                        + " changed by the nightly reconciliation",
                greeting(focalPoint) + "last night FocalPoint compared " + organization.getName()
                        + "'s delegation list for " + sector.label() + " with its registrations to coming events"
                        + " and changed these:\n\n- " + String.join("\n- ", lines)
                        + "\n\nRegistrations waiting for your decision: " + queue + "\n\nFocalPoint\n");
    }

    private static String greeting(Account account) {
        return "Dear " + account.getFullName() + ",\n\n";
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
