package org.focalpoint.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FirstStopTest {

    @ParameterizedTest(name = "active {0}, must change password {1}, consent pending {2} -> {3}")
    @CsvSource({
            "true,  false, false, NONE",
            "true,  false, true,  CONSENT",
            "true,  true,  false, NEW_PASSWORD",
            "true,  true,  true,  NEW_PASSWORD",
            "false, false, true,  SIGN_IN_AGAIN",
            "false, true,  true,  SIGN_IN_AGAIN"})
    void decidesWhereAPersonMustGoFirst(boolean active, boolean mustChangePassword, boolean consentPending,
                                        FirstStop expected) {
        assertEquals(expected, FirstStop.decide(active, mustChangePassword, () -> consentPending));
    }
}
