package org.focalpoint.tiesfocalpoint;

import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.words.Dates;
import org.focalpoint.words.Words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The words of a digest: per organization, who asks for what since when, and the link to its queue. */
final class RequestDigestMail {

    private static final MailTemplate MAIL = new MailTemplate("request-digest");

    /** What the digests' readers, and their tests, look for. */
    static final String SUBJECT = MAIL.mail(Words.ENGLISH, "", Map.of()).subject();

    /** A long list would drown the mail; the queue page has them all. */
    static final int LINES_PER_ORGANIZATION = 50;


    /** What one organization's queue has new, and where the focal point decides it. */
    record OrganizationNews(String organizationName, List<PendingRequest> news, String queueLink) {
    }

    private RequestDigestMail() {
    }

    static OutgoingMail to(String email, String fullName, List<OrganizationNews> organizations) {
        Locale locale = Words.ENGLISH;
        String news = organizations.stream().map(organization -> MAIL.part(locale, "organization", Map.of(
                "organization", organization.organizationName(), "count", organization.news().size(),
                "lines", organization.news().stream().limit(LINES_PER_ORGANIZATION)
                        .map(request -> line(locale, request)).collect(Collectors.joining()),
                "hidden", Math.max(0, organization.news().size() - LINES_PER_ORGANIZATION),
                "link", organization.queueLink()))).collect(Collectors.joining());
        return MAIL.mail(locale, email, Map.of("name", fullName, "organizations", news));
    }

    private static String line(Locale locale, PendingRequest request) {
        return MAIL.part(locale, "line", Map.of("person", request.personName(), "email", request.email(),
                "asked", request.asked(), "since", Dates.of(locale).brief(request.requestedSince())));
    }
}
