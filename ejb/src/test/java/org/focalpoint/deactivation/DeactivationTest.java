package org.focalpoint.deactivation;

import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.events.RegistrationState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeactivationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theAddressConfirmsWhateverItsCase() {
        Account account = new Account("Ada@ITU.int", "hash", "Ada", "Lovelace", Instant.now());
        assertTrue(Deactivation.confirms(account, " ada@itu.int "));
        assertFalse(Deactivation.confirms(account, "ada@itu.org"));
        assertFalse(Deactivation.confirms(account, ""));
        assertFalse(Deactivation.confirms(account, null));
    }

    @Test
    void grantedTiesAccessIsRevokedAndARequestWithdrawn() {
        assertEquals(Optional.of(TiesState.REVOKED), Deactivation.tiesOutcome(TiesState.GRANTED));
        assertEquals(Optional.of(TiesState.REJECTED), Deactivation.tiesOutcome(TiesState.REQUESTED));
        assertEquals(Optional.empty(), Deactivation.tiesOutcome(TiesState.REJECTED));
        assertEquals(Optional.empty(), Deactivation.tiesOutcome(TiesState.REVOKED));
    }

    @Test
    void registrationsStillStandingForEventsNotEndedAreCancelled() {
        for (RegistrationState standing : new RegistrationState[]{RegistrationState.PENDING_APPROVAL,
                RegistrationState.APPROVED, RegistrationState.AUTO_APPROVED}) {
            assertTrue(Deactivation.isCancelledByDeactivation(standing, TODAY.plusDays(30), TODAY));
            assertTrue(Deactivation.isCancelledByDeactivation(standing, TODAY, TODAY), "an event ending today");
            assertFalse(Deactivation.isCancelledByDeactivation(standing, TODAY.minusDays(1), TODAY), "a past event");
        }
    }

    @Test
    void registrationsAlreadyClosedStayAsTheyAre() {
        for (RegistrationState closed : new RegistrationState[]{RegistrationState.REJECTED,
                RegistrationState.WITHDRAWN, RegistrationState.CANCELLED}) {
            assertFalse(Deactivation.isCancelledByDeactivation(closed, TODAY.plusDays(30), TODAY));
        }
    }
}
