package org.focalpoint.organizations;

import java.io.Serializable;
import java.util.Set;

/** What secretariat staff fill in for an organization; checked by {@link OrganizationAdministration}. */
public record OrganizationData(String name, String country, String address, MembershipCategory category,
                               Set<Sector> sectors) implements Serializable {
}
