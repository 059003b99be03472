package org.focalpoint.tiesfocalpoint;

import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.words.Dates;

import java.time.Instant;
import java.util.List;

/** The words of a digest: per organization, who asks for what since when, and the link to its queue. */
final class RequestDigestMail {

    static final String SUBJECT = "New requests are waiting for your decision";

    /** A long list would drown the mail; the queue page has them all. */
    static final int LINES_PER_ORGANIZATION = 50;


    /** What one organization's queue has new, and where the focal point decides it. */
    record OrganizationNews(String organizationName, List<PendingRequest> news, String queueLink) {
    }

    private RequestDigestMail() {
    }

    static OutgoingMail to(String email, String fullName, List<OrganizationNews> organizations) {
        StringBuilder body = new StringBuilder("Dear ").append(fullName).append(",\n\n")
                .append("As TIES Focal Point, you decide these new requests. You receive at most one such mail an hour.\n");
        for (OrganizationNews organization : organizations) {
            List<PendingRequest> news = organization.news();
            body.append("\n").append(organization.organizationName()).append(": ")
                    .append(news.size()).append(news.size() == 1 ? " new request\n" : " new requests\n");
            news.stream().limit(LINES_PER_ORGANIZATION).forEach(r -> body.append("- ").append(line(r)).append("\n"));
            if (news.size() > LINES_PER_ORGANIZATION) {
                body.append("- and ").append(news.size() - LINES_PER_ORGANIZATION).append(" more\n");
            }
            body.append("Review and decide them: ").append(organization.queueLink()).append("\n");
        }
        return new OutgoingMail(email, SUBJECT, body.toString());
    }

    static String line(PendingRequest request) {
        return request.personName() + " <" + request.email() + ">: " + request.asked().label()
                + ", waiting since " + when(request.requestedSince());
    }

    static String when(Instant instant) {
        return Dates.ENGLISH.brief(instant);
    }
}
