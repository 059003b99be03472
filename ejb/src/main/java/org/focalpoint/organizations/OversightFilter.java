package org.focalpoint.organizations;

import java.io.Serializable;

/**
 * What staff look for in the list of organizations; every part is optional.
 * {@code waitingDays}, when not null, keeps organizations with a request waiting longer than that.
 */
public record OversightFilter(String name, MembershipCategory category, boolean withoutTiesFocalPoint,
                              Integer waitingDays) implements Serializable {

    public static OversightFilter everything() {
        return new OversightFilter(null, null, false, null);
    }
}
