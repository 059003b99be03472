package org.focalpoint.delegation;

import java.io.Serializable;

/** A registration a DFP decides, with the version of it they saw. */
public record SeenRegistration(Long registrationId, long version) implements Serializable {

    public static SeenRegistration of(WaitingRegistration line) {
        return new SeenRegistration(line.registrationId(), line.version());
    }
}
