package org.focalpoint.tiesfocalpoint;

import org.focalpoint.decisions.Seen;

import java.io.Serializable;

/** A request a focal point decides, with the version of it they saw. */
public record Decided(Long affiliationId, long version) implements Seen, Serializable {

    public static Decided of(PendingRequest request) {
        return new Decided(request.affiliationId(), request.version());
    }

    @Override
    public Long itemId() {
        return affiliationId;
    }
}
