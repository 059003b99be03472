package org.focalpoint.reconciliation;

import org.focalpoint.accounts.Account;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationMail;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the delegate, and the member's Designated Focal Point, read about a night's changes. */
final class ReconciliationMail {

    private static final MailTemplate WAITING_AGAIN = new MailTemplate("registration-waiting-again");
    private static final MailTemplate AUTO_APPROVED = new MailTemplate("registration-auto-approved");
    private static final MailTemplate CHANGES = new MailTemplate("reconciliation-changes");

    private ReconciliationMail() {
    }

    static OutgoingMail toDelegate(Registration registration, Change change, String registrations, String events) {
        Map<String, Object> facts = Map.of("name", registration.getAccount().getFullName(),
                "title", registration.getEvent().getTitle(), "sector", registration.getEvent().getSector(),
                "organization", registration.getAffiliation().getOrganization().getName(), "why", change.why(),
                "registrations", registrations);
        String email = registration.getAccount().getEmail();
        return switch (change.action()) {
            case CANCELLED -> RegistrationMail.cancelled(registration, capitalised(change.why()) + ".", events);
            case AUTO_APPROVAL_WITHDRAWN -> WAITING_AGAIN.mail(Words.ENGLISH, email, facts);
            case AUTO_APPROVED -> AUTO_APPROVED.mail(Words.ENGLISH, email, facts);
            // the reconciliation makes none of these to a registration
            case OPT_IN_LAPSED, REMINDED, ESCALATED, REVIEW_SENT ->
                    throw new IllegalArgumentException(change.action().name());
        };
    }

    /** One mail per member and sector for the whole night, listing each registration that changed. */
    static OutgoingMail toFocalPoint(Account focalPoint, Organization organization, Sector sector,
                                     List<String> lines, String queue) {
        Locale locale = Words.ENGLISH;
        return CHANGES.mail(locale, focalPoint.getEmail(), Map.of("name", focalPoint.getFullName(),
                "organization", organization.getName(), "sector", sector, "count", lines.size(),
                "lines", lines.stream().map(line -> CHANGES.part(locale, "line", Map.of("change", line)))
                        .collect(Collectors.joining()),
                "queue", queue));
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
