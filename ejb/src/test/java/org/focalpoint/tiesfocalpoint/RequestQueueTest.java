package org.focalpoint.tiesfocalpoint;

import org.focalpoint.words.Words;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestQueueTest {

    @Test
    void everySortEndsWithTheIdSoPagesNeverOverlap() {
        assertEquals("p.familyName desc, p.givenName desc, a.id desc", RequestQueue.orderBy(SortKey.NAME, false));
        assertEquals("since asc, a.id asc", RequestQueue.orderBy(null, true));
        assertEquals("p.emailKey asc, a.id asc", RequestQueue.orderBy(SortKey.EMAIL, true));
    }

    @Test
    void whatIsAskedReadsAsTheQueueShowsIt() {
        assertEquals("Affiliation", PendingRequest.Asked.of(true, false).label(Words.ENGLISH));
        assertEquals("Affiliation and TIES access", PendingRequest.Asked.of(true, true).label(Words.ENGLISH));
        assertEquals("TIES access", PendingRequest.Asked.of(false, true).label(Words.ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> PendingRequest.Asked.of(false, false));
    }
}
