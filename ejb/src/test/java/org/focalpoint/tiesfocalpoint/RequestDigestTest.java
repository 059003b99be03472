package org.focalpoint.tiesfocalpoint;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestDigestTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Long ORG_A = 1L;
    private static final Long ORG_B = 2L;

    private static PendingRequest request(long id, Instant since) {
        return new PendingRequest(id, 0, "Person " + id, "p" + id + "@example.org", PendingRequest.Asked.AFFILIATION, since);
    }

    private static List<Long> ids(List<PendingRequest> requests) {
        return requests.stream().map(PendingRequest::affiliationId).toList();
    }

    @Test
    void aFocalPointWhoNeverHadADigestHearsOfEverySettledRequest() {
        RequestDigest digest = new RequestDigest(null);
        List<PendingRequest> pending = List.of(request(1, T0.minus(Duration.ofDays(30))), request(2, T0.minusSeconds(90)));

        assertTrue(digest.isDueAt(T0));
        assertEquals(List.of(1L, 2L), ids(digest.news(ORG_A, pending, T0)));
    }

    @Test
    void aRequestOfTheLastMinuteWaitsForTheNextRunItMayNotBeCommittedYet() {
        RequestDigest digest = new RequestDigest(null);
        List<PendingRequest> pending = List.of(request(1, T0.minusSeconds(60)), request(2, T0.minusSeconds(59)));

        assertEquals(List.of(1L), ids(digest.news(ORG_A, pending, T0)));
    }

    @Test
    void atMostOneDigestAnHour() {
        RequestDigest digest = new RequestDigest(null);
        digest.announced(ORG_A, List.of(request(1, T0.minusSeconds(120))), T0);

        assertFalse(digest.isDueAt(T0));
        assertFalse(digest.isDueAt(T0.plus(Duration.ofMinutes(59)).plusSeconds(59)));
        assertTrue(digest.isDueAt(T0.plus(Duration.ofHours(1))));
        // a run with an earlier clock than the last digest is not due either
        assertFalse(digest.isDueAt(T0.minusSeconds(1)));
    }

    @Test
    void onlyWhatArrivedAfterTheNewestAnnouncedRequestIsNew() {
        RequestDigest digest = new RequestDigest(null);
        PendingRequest first = request(1, T0.minusSeconds(600));
        PendingRequest second = request(2, T0.minusSeconds(300));
        digest.announced(ORG_A, digest.news(ORG_A, List.of(first, second), T0), T0);

        PendingRequest later = request(3, T0.plus(Duration.ofMinutes(10)));
        Instant hourLater = T0.plus(Duration.ofHours(1));

        assertEquals(List.of(3L), ids(digest.news(ORG_A, List.of(first, second, later), hourLater)));
    }

    @Test
    void aRequestAskedAgainIsNewAgain() {
        RequestDigest digest = new RequestDigest(null);
        digest.announced(ORG_A, List.of(request(1, T0.minusSeconds(600))), T0);

        PendingRequest askedAgain = request(1, T0.plusSeconds(600));

        assertEquals(List.of(1L), ids(digest.news(ORG_A, List.of(askedAgain), T0.plus(Duration.ofHours(1)))));
    }

    @Test
    void eachOrganizationKeepsItsOwnMarkSoANewlyDesignatedOneHearsOfAllItsRequests() {
        RequestDigest digest = new RequestDigest(null);
        digest.announced(ORG_A, List.of(request(1, T0.minusSeconds(60))), T0);

        PendingRequest oldRequestOfB = request(2, T0.minus(Duration.ofDays(3)));

        assertEquals(List.of(2L), ids(digest.news(ORG_B, List.of(oldRequestOfB), T0.plus(Duration.ofHours(1)))));
    }

    @Test
    void theMarkNeverMovesBack() {
        RequestDigest digest = new RequestDigest(null);
        digest.announced(ORG_A, List.of(request(2, T0.minusSeconds(60))), T0);
        digest.announced(ORG_A, List.of(request(1, T0.minusSeconds(600))), T0.plus(Duration.ofHours(1)));

        PendingRequest between = request(3, T0.minusSeconds(300));

        assertTrue(digest.news(ORG_A, List.of(between), T0.plus(Duration.ofHours(2))).isEmpty());
    }
}
