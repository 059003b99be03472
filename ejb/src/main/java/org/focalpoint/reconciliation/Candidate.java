package org.focalpoint.reconciliation;

import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.RegistrationApproval;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.optin.OptInStanding;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.organizations.Sector;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A standing registration to an event that has not ended, with the member's delegation list as it
 * is now: what the reconciliation compares. Read a page of organizations at a time, so that a run
 * never holds more than one page's registrations.
 *
 * @param ties  null when the delegate never asked for TIES access through that affiliation
 * @param optIn null when the member never opted in for the event's sector
 */
public record Candidate(long registrationId, long version, RegistrationState state, long organizationId,
                        long accountId, AccountState account, AffiliationState affiliation, TiesState ties,
                        long eventId, Sector sector, EventKind kind, boolean approvalRequired,
                        boolean designatedFocalPoint, OptInStanding optIn) implements Serializable {

    RegistrationApproval.Facts facts(StudyPeriod period, LocalDate today) {
        return new RegistrationApproval.Facts(account, affiliation, ties, sector, kind, approvalRequired,
                designatedFocalPoint, optIn, period, today);
    }
}
