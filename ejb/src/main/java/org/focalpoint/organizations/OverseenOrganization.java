package org.focalpoint.organizations;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the staff's list of organizations: who its TIES Focal Point is (null when none) and
 * how many requests wait on it, the oldest since when (null when none waits).
 */
public record OverseenOrganization(Long id, String name, String country, MembershipCategory category,
                                   boolean active, String tiesFocalPoint, long pendingRequests,
                                   Instant waitingSince) implements Serializable {
}
