package org.focalpoint.tiesfocalpoint;

import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.decisions.Decision;
import org.focalpoint.words.Dates;

import java.util.Objects;

/** Whether a request still waits on a focal point, and if not, what the second person is told. */
final class AlreadyDecided {

    static final String WITHDRAWN = "This request was withdrawn.";
    static final String CHANGED = "This request changed since the list was shown: please look at it again.";


    private AlreadyDecided() {
    }

    static boolean isPending(Affiliation affiliation) {
        return affiliation.getState() == AffiliationState.REQUESTED
                || affiliation.getState() == AffiliationState.APPROVED && isTiesRequested(affiliation);
    }

    static boolean isTiesRequested(Affiliation affiliation) {
        TiesAccess ties = affiliation.getTiesAccess();
        return ties != null && ties.getState() == TiesState.REQUESTED;
    }

    /** Who decided last, and when; a request its own requester decided was withdrawn. */
    static String message(Affiliation affiliation) {
        if (isPending(affiliation)) {
            return CHANGED;
        }
        Decision latest = latest(affiliation.getDecision(),
                affiliation.getTiesAccess() == null ? null : affiliation.getTiesAccess().getDecision());
        if (latest == null || latest.getAt() == null) {
            return CHANGED;
        }
        if (sameAccount(latest.getBy(), affiliation.getAccount())) {
            return WITHDRAWN;
        }
        String day = Dates.ENGLISH.day(latest.getAt());
        return latest.getBy() == null ? "Already decided on " + day + "."
                : "Already decided by " + latest.getBy().getFullName() + " on " + day + ".";
    }

    private static Decision latest(Decision a, Decision b) {
        if (a == null || a.getAt() == null) {
            return b;
        }
        if (b == null || b.getAt() == null) {
            return a;
        }
        return b.getAt().isAfter(a.getAt()) ? b : a;
    }

    private static boolean sameAccount(Account a, Account b) {
        return a != null && b != null && (a == b || a.getId() != null && Objects.equals(a.getId(), b.getId()));
    }
}
