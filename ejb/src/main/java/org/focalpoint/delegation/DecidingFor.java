package org.focalpoint.delegation;

import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

/**
 * A person deciding an organization's registrations for one sector: its Designated Focal Point, or
 * staff on its behalf. Audit entries name {@link #organization()} as "on behalf of".
 */
public record DecidingFor(Account actor, Organization organization, Sector sector, boolean asStaff) {
}
