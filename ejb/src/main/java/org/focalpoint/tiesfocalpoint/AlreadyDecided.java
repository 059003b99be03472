package org.focalpoint.tiesfocalpoint;

import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.PendingRequests;
import org.focalpoint.decisions.Decision;
import org.focalpoint.words.Words;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** Whether a request still waits on a focal point, and if not, what the second person is told. */
final class AlreadyDecided {

    private static final Words REFUSALS = new Words(Words.REFUSALS);

    private AlreadyDecided() {
    }

    /**
     * Who decided last, and when; a request its own requester decided was withdrawn. In English, since
     * it is an argument of the refusal that names the request.
     */
    static String message(Affiliation affiliation) {
        if (PendingRequests.isPending(affiliation)) {
            return REFUSALS.text(Words.ENGLISH, "tiesfocalpoint.request-changed");
        }
        Decision latest = latest(affiliation.getDecision(),
                affiliation.getTiesAccess() == null ? null : affiliation.getTiesAccess().getDecision());
        if (latest == null || latest.getAt() == null) {
            return REFUSALS.text(Words.ENGLISH, "tiesfocalpoint.request-changed");
        }
        if (sameAccount(latest.getBy(), affiliation.getAccount())) {
            return REFUSALS.text(Words.ENGLISH, "tiesfocalpoint.request-withdrawn");
        }
        LocalDate day = LocalDate.ofInstant(latest.getAt(), ZoneOffset.UTC);
        return latest.getBy() == null ? REFUSALS.text(Words.ENGLISH, "decisions.decided-on", day)
                : REFUSALS.text(Words.ENGLISH, "decisions.decided-by", latest.getBy().getFullName(), day);
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
