package org.focalpoint.delegation;

import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.words.Dates;

import java.util.List;

/** The words of a DFP's digest: per organization and sector, who registered for what, and the link to the queue. */
final class RegistrationDigestMail {

    static final String SUBJECT = "Registrations are waiting for your decision";

    /** A long list would drown the mail; the queue page has them all. */
    static final int LINES_PER_SEAT = 50;


    record SeatNews(Seat seat, List<WaitingRegistration> news, String queueLink) {
    }

    private RegistrationDigestMail() {
    }

    static OutgoingMail to(String email, String fullName, List<SeatNews> seats) {
        StringBuilder body = new StringBuilder("Dear ").append(fullName).append(",\n\n")
                .append("As Designated Focal Point, you approve or reject these registrations."
                        + " You receive at most one such mail an hour.\n");
        for (SeatNews seat : seats) {
            List<WaitingRegistration> news = seat.news();
            body.append("\n").append(seat.seat().label()).append(": ").append(news.size())
                    .append(news.size() == 1 ? " new registration\n" : " new registrations\n");
            news.stream().limit(LINES_PER_SEAT).forEach(r -> body.append("- ").append(r.delegateName())
                    .append(" <").append(r.email()).append(">: ").append(r.eventTitle()).append(" (")
                    .append(r.eventStartsOn()).append("), registered ").append(Dates.ENGLISH.brief(r.registeredSince()))
                    .append("\n"));
            if (news.size() > LINES_PER_SEAT) {
                body.append("- and ").append(news.size() - LINES_PER_SEAT).append(" more\n");
            }
            body.append("Review and decide them: ").append(seat.queueLink()).append("\n");
        }
        return new OutgoingMail(email, SUBJECT, body.toString());
    }
}
