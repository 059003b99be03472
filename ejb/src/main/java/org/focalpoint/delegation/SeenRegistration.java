package org.focalpoint.delegation;

import org.focalpoint.decisions.Seen;

import java.io.Serializable;

/** A registration a DFP decides, with the version of it they saw. */
public record SeenRegistration(Long registrationId, long version) implements Seen, Serializable {

    public static SeenRegistration of(WaitingRegistration line) {
        return new SeenRegistration(line.registrationId(), line.version());
    }

    @Override
    public Long itemId() {
        return registrationId;
    }
}
