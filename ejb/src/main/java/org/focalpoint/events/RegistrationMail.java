package org.focalpoint.events;

import org.focalpoint.accounts.Account;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.words.Dates;

import java.time.LocalDate;

/**
 * What the delegate reads about their own registration: how it stands at once, its withdrawal, and
 * its cancellation (with the event, or with their account).
 */
public final class RegistrationMail {


    private RegistrationMail() {
    }

    static OutgoingMail registered(Registration registration, String myRegistrations) {
        Event event = registration.getEvent();
        String outcome = switch (registration.getState()) {
            case AUTO_APPROVED -> "approved automatically";
            case APPROVED -> event.getKind().isStatutory() ? "approved" : "confirmed";
            default -> "waiting for approval";
        };
        String why = switch (registration.getState()) {
            case AUTO_APPROVED -> "It was approved automatically: " + organization(registration)
                    + " has opted in to automatic approval (TSB Circular 118) and you have TIES access through it.";
            case APPROVED -> event.getKind().isStatutory()
                    ? "It was approved at once: you are " + organization(registration) + "'s Designated Focal Point for "
                    + event.getSector().label() + "."
                    : "Workshops are confirmed at registration.";
            default -> "It now waits for " + organization(registration) + "'s Designated Focal Point for "
                    + event.getSector().label() + " (or the ITU secretariat), who will approve or reject it."
                    + " We will write to you when they decide.";
        };
        String body = greeting(registration.getAccount())
                + "your registration for " + event(event) + " on behalf of " + organization(registration)
                + " is " + outcome + ".\n" + why + "\n\nYour registrations: " + myRegistrations + "\n\nFocalPoint\n";
        return new OutgoingMail(registration.getAccount().getEmail(),
                "Your registration for " + event.getTitle() + ": " + outcome, body);
    }

    static OutgoingMail withdrawn(Registration registration, String events) {
        Event event = registration.getEvent();
        String body = greeting(registration.getAccount())
                + "as you asked, your registration for " + event(event) + " on behalf of " + organization(registration)
                + " was withdrawn. You can register again while registration is open: " + events + "\n\nFocalPoint\n";
        return new OutgoingMail(registration.getAccount().getEmail(),
                "Your registration for " + event.getTitle() + ": withdrawn", body);
    }

    /**
     * The registration was cancelled by someone else than the delegate; {@code reason} says why in
     * their words, {@code events} links to where they may register again, or is null when they cannot
     * (their account is closed).
     */
    public static OutgoingMail cancelled(Registration registration, String reason, String events) {
        Event event = registration.getEvent();
        String body = greeting(registration.getAccount())
                + "your registration for " + event(event) + " on behalf of " + organization(registration)
                + " was cancelled.\nReason: " + reason + "\n"
                + (events == null ? "" : "\nEvents you can register for: " + events + "\n")
                + "\nFocalPoint\n";
        return new OutgoingMail(registration.getAccount().getEmail(),
                "Your registration for " + event.getTitle() + ": cancelled", body);
    }

    private static String greeting(Account account) {
        return "Dear " + account.getFullName() + ",\n\n";
    }

    private static String organization(Registration registration) {
        return registration.getAffiliation().getOrganization().getName();
    }

    private static String event(Event event) {
        return event.getTitle() + " (" + event.getSector().label() + ", " + days(event.getStartsOn(), event.getEndsOn()) + ")";
    }

    static String days(LocalDate from, LocalDate to) {
        return from.equals(to) ? Dates.ENGLISH.day(from) : Dates.ENGLISH.day(from) + " to " + Dates.ENGLISH.day(to);
    }
}
