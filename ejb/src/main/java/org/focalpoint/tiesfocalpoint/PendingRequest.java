package org.focalpoint.tiesfocalpoint;

import org.focalpoint.words.Labelled;

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
    public enum Asked implements Labelled {
        AFFILIATION,
        AFFILIATION_AND_TIES,
        TIES;

        static Asked of(boolean affiliationRequested, boolean tiesRequested) {
            if (affiliationRequested) {
                return tiesRequested ? AFFILIATION_AND_TIES : AFFILIATION;
            }
            if (tiesRequested) {
                return TIES;
            }
            throw new IllegalArgumentException(); // a pending request asks for something
        }

        @Override
        public String labelGroup() {
            return "asked";
        }
    }
}
