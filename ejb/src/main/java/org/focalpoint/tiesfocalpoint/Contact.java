package org.focalpoint.tiesfocalpoint;

import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.organizations.Sector;

import java.io.Serializable;
import java.util.Set;

/**
 * One person affiliated with an organization, as its focal point sees them. The affiliation's
 * version goes back with every action on the row, so a decision taken on a stale list is refused.
 *
 * @param tiesState null when the person never asked for TIES access through this affiliation
 * @param designatedFor the sectors this person is the organization's Designated Focal Point for
 */
public record Contact(Long accountId, Long affiliationId, long affiliationVersion, String name, String email,
                      AccountState accountState, AffiliationState affiliationState, TiesState tiesState,
                      boolean tiesFocalPoint, Set<Sector> designatedFor) implements Serializable {
}
