package org.focalpoint.optin;

import org.focalpoint.organizations.MembershipCategory;

import java.io.Serializable;
import java.util.List;

/** One ITU Member in the staff's list of opt-ins, with its standing for each sector it takes part in. */
public record OptInListLine(Long id, String name, MembershipCategory category, List<SectorOptIn> sectors)
        implements Serializable {
}
