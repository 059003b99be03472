package org.focalpoint.tiesfocalpoint;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a focal point's queue: what one person asks of one organization. {@code version} is
 * the affiliation's version when the line was read; a decision sends it back to detect that
 * someone else decided in between.
 */
public record PendingRequest(Long affiliationId, long version, String personName, String email,
                             Asked asked, Instant requestedSince) implements Serializable {

    /** What the person asks for, in the words the queue shows. */
    public enum Asked {
        AFFILIATION("Affiliation"),
        AFFILIATION_AND_TIES("Affiliation and TIES access"),
        TIES("TIES access");

        private final String label;

        Asked(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Asked of(boolean affiliationRequested, boolean tiesRequested) {
            if (affiliationRequested) {
                return tiesRequested ? AFFILIATION_AND_TIES : AFFILIATION;
            }
            if (tiesRequested) {
                return TIES;
            }
            throw new IllegalArgumentException("Nothing is asked");
        }
    }
}
