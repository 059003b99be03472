package org.focalpoint.affiliations;

import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;

import java.io.Serializable;

/**
 * One of a person's affiliations as they see it: where it stands, whom to ask about it, and what
 * they may still do with it. {@code tiesState} is null when TIES access was never requested.
 */
public record MyAffiliation(Long id, Long organizationId, long organizationVersion, String organization,
                            String organizationAddress, String organizationCountry, AffiliationState state,
                            boolean tiesEligible, TiesState tiesState, String focalPointToAsk, boolean nonMember)
        implements Serializable {

    /** Whom to ask when the organization has no TIES Focal Point. */
    public static final String SECRETARIAT = "the ITU secretariat";

    static MyAffiliation of(Affiliation a) {
        Organization o = a.getOrganization();
        Account focalPoint = o.getTiesFocalPoint();
        String ask = focalPoint == null ? SECRETARIAT : focalPoint.getFullName() + " <" + focalPoint.getEmail() + ">";
        return new MyAffiliation(a.getId(), o.getId(), o.getVersion(), o.getName(), o.getAddress(), o.getCountry(),
                a.getState(), o.isTiesEligible(), a.getTiesAccess() == null ? null : a.getTiesAccess().getState(), ask,
                o.getCategory() == MembershipCategory.NON_MEMBER);
    }

    boolean isHeld() {
        return state == AffiliationState.REQUESTED || state == AffiliationState.APPROVED;
    }

    /** Held, to a member, and no TIES request waiting or granted. */
    public boolean mayRequestTies() {
        return isHeld() && tiesEligible && (tiesState == null
                || tiesState == TiesState.REJECTED || tiesState == TiesState.REVOKED);
    }

    /** A request still waiting: the affiliation itself, or TIES access through an approved one. */
    public boolean mayWithdraw() {
        return state == AffiliationState.REQUESTED
                || state == AffiliationState.APPROVED && tiesState == TiesState.REQUESTED;
    }

    /** Only people affiliated with a non-member organization keep its data. */
    public boolean mayEditOrganization() {
        return nonMember && state == AffiliationState.APPROVED;
    }
}
