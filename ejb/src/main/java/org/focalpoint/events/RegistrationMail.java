package org.focalpoint.events;

import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.words.Words;

import java.util.HashMap;
import java.util.Map;

/**
 * What the delegate reads about their own registration: how it stands at once, its withdrawal, and
 * its cancellation (with the event, or with their account).
 */
public final class RegistrationMail {

    private static final MailTemplate RECEIVED = new MailTemplate("registration-received");
    private static final MailTemplate WITHDRAWN = new MailTemplate("registration-withdrawn");
    private static final MailTemplate CANCELLED = new MailTemplate("registration-cancelled");


    private RegistrationMail() {
    }

    static OutgoingMail registered(Registration registration, String myRegistrations) {
        Map<String, Object> facts = facts(registration);
        facts.put("outcome", switch (registration.getState()) {
            case AUTO_APPROVED -> "auto";
            case APPROVED -> registration.getEvent().getKind().isStatutory() ? "approved" : "confirmed";
            default -> "waiting";
        });
        facts.put("registrations", myRegistrations);
        return RECEIVED.mail(Words.ENGLISH, registration.getAccount().getEmail(), facts);
    }

    static OutgoingMail withdrawn(Registration registration, String events) {
        Map<String, Object> facts = facts(registration);
        facts.put("events", events);
        return WITHDRAWN.mail(Words.ENGLISH, registration.getAccount().getEmail(), facts);
    }

    /**
     * The registration was cancelled by someone else than the delegate; {@code reason} says why in
     * their words, {@code events} links to where they may register again, or is null when they cannot
     * (their account is closed).
     */
    public static OutgoingMail cancelled(Registration registration, String reason, String events) {
        Map<String, Object> facts = facts(registration);
        facts.put("reason", reason);
        facts.put("canRegister", events == null ? "no" : "yes");
        facts.put("events", events);
        return CANCELLED.mail(Words.ENGLISH, registration.getAccount().getEmail(), facts);
    }

    /** What every mail about a registration names: the delegate, the event and the organization. */
    private static Map<String, Object> facts(Registration registration) {
        Event event = registration.getEvent();
        Map<String, Object> facts = new HashMap<>();
        facts.put("name", registration.getAccount().getFullName());
        facts.put("title", event.getTitle());
        facts.put("sector", event.getSector());
        facts.put("startsOn", event.getStartsOn());
        facts.put("endsOn", event.getEndsOn());
        facts.put("days", event.getStartsOn().equals(event.getEndsOn()) ? "one" : "many");
        facts.put("organization", registration.getAffiliation().getOrganization().getName());
        return facts;
    }
}
