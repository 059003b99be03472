package org.focalpoint.tiesfocalpoint;

import org.focalpoint.notifications.OutgoingMail;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestDigestMailTest {

    private static final Instant SINCE = Instant.parse("2026-11-22T09:05:00Z");

    private static PendingRequest request(long id, PendingRequest.Asked asked) {
        return new PendingRequest(id, 0, "Person " + id, "p" + id + "@example.org", asked, SINCE);
    }

    @Test
    void listsWhoAsksForWhatSinceWhenPerOrganizationWithItsQueueLink() {
        OutgoingMail mail = RequestDigestMail.to("fp@example.org", "Fay Point", List.of(
                new RequestDigestMail.OrganizationNews("Acme Telecom", List.of(
                        request(1, PendingRequest.Asked.AFFILIATION_AND_TIES), request(2, PendingRequest.Asked.TIES)),
                        "http://host/focalpoint/focalpoints/queue.xhtml?organization=7"),
                new RequestDigestMail.OrganizationNews("Beta University", List.of(request(3, PendingRequest.Asked.AFFILIATION)),
                        "http://host/focalpoint/focalpoints/queue.xhtml?organization=8")));

        assertEquals("fp@example.org", mail.to());
        assertEquals(RequestDigestMail.SUBJECT, mail.subject());
        String body = mail.body();
        assertTrue(body.startsWith("Dear Fay Point,"), body);
        assertTrue(body.contains("Acme Telecom: 2 new requests\n"
                + "- Person 1 <p1@example.org>: Affiliation and TIES access, waiting since 22 Nov 2026, 09:05 UTC\n"
                + "- Person 2 <p2@example.org>: TIES access, waiting since 22 Nov 2026, 09:05 UTC\n"
                + "Review and decide them: http://host/focalpoint/focalpoints/queue.xhtml?organization=7\n"), body);
        assertTrue(body.contains("Beta University: 1 new request\n"
                + "- Person 3 <p3@example.org>: Affiliation, waiting since"), body);
    }

    @Test
    void aLongListIsCutAndSaysHowManyMore() {
        List<PendingRequest> many = LongStream.rangeClosed(1, RequestDigestMail.LINES_PER_ORGANIZATION + 3)
                .mapToObj(id -> request(id, PendingRequest.Asked.AFFILIATION)).toList();

        String body = RequestDigestMail.to("fp@example.org", "Fay Point",
                List.of(new RequestDigestMail.OrganizationNews("Acme", many, "link"))).body();

        assertTrue(body.contains("Acme: 53 new requests"), body);
        assertTrue(body.contains("<p50@example.org>"), body);
        assertFalse(body.contains("<p51@example.org>"), body);
        assertTrue(body.contains("- and 3 more\n"), body);
    }
}
