package org.focalpoint.delegation;

import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.words.Dates;
import org.focalpoint.words.Words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The words of a DFP's digest: per organization and sector, who registered for what, and the link to the queue. */
final class RegistrationDigestMail {

    private static final MailTemplate MAIL = new MailTemplate("registration-digest");

    /** A long list would drown the mail; the queue page has them all. */
    static final int LINES_PER_SEAT = 50;


    record SeatNews(Seat seat, List<WaitingRegistration> news, String queueLink) {
    }

    private RegistrationDigestMail() {
    }

    static OutgoingMail to(String email, String fullName, List<SeatNews> seats) {
        Locale locale = Words.ENGLISH;
        String news = seats.stream().map(seat -> MAIL.part(locale, "seat", Map.of(
                "seat", seat.seat().label(locale), "count", seat.news().size(),
                "lines", seat.news().stream().limit(LINES_PER_SEAT).map(registration -> line(locale, registration))
                        .collect(Collectors.joining()),
                "hidden", Math.max(0, seat.news().size() - LINES_PER_SEAT),
                "link", seat.queueLink()))).collect(Collectors.joining());
        return MAIL.mail(locale, email, Map.of("name", fullName, "seats", news));
    }

    /** The event's first day as the queue writes it (2027-01-12), not as a LocalDate argument would be. */
    private static String line(Locale locale, WaitingRegistration registration) {
        return MAIL.part(locale, "line", Map.of("delegate", registration.delegateName(), "email", registration.email(),
                "event", registration.eventTitle(), "startsOn", String.valueOf(registration.eventStartsOn()),
                "since", Dates.of(locale).brief(registration.registeredSince())));
    }
}
