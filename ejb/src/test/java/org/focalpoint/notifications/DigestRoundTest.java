package org.focalpoint.notifications;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DigestRoundTest {

    @Test
    void countsTheDigestsThatLeftAndGoesOnPastOneThatFailed() {
        List<Long> asked = new ArrayList<>();
        int sent = DigestRound.sendEach(List.of(1L, 2L, 3L, 4L), person -> {
            asked.add(person);
            if (person == 2L) {
                throw new IllegalStateException("lost the race");
            }
            return person != 4L;
        }, "test digest", "testers");
        assertEquals(List.of(1L, 2L, 3L, 4L), asked);
        assertEquals(2, sent);
    }
}
