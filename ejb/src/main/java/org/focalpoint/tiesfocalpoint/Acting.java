package org.focalpoint.tiesfocalpoint;

import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.Organization;

/**
 * A person acting for an organization: its TIES Focal Point, or secretariat staff acting as ITU
 * Focal Point on its behalf. Audit entries name {@link #organization()} as "on behalf of".
 */
public record Acting(Account actor, Organization organization, boolean asItuFocalPoint) {
}
