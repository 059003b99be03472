package org.focalpoint.organizations;

import java.util.EnumSet;
import java.util.Set;

/** How an organization stands with ITU; decides TIES eligibility and who may edit it. */
public enum MembershipCategory {
    MEMBER_STATE("Member State", Standing.ITU_MEMBER),
    SECTOR_MEMBER("Sector Member", Standing.ITU_MEMBER),
    ASSOCIATE("Associate", Standing.ITU_MEMBER),
    ACADEMIA("Academia", Standing.ITU_MEMBER),
    RESOLUTION_99("Resolution 99", Standing.SPECIFIC_STATUS),
    UNITED_NATIONS("United Nations", Standing.SPECIFIC_STATUS),
    SPECIALIZED_AGENCY("Specialized Agency", Standing.SPECIFIC_STATUS),
    IAEA("IAEA", Standing.SPECIFIC_STATUS),
    INTERNATIONAL_REGIONAL_ORGANIZATION("International / regional organization", Standing.SPECIFIC_STATUS),
    NON_MEMBER("Other (non-member)", Standing.OTHER);

    /** The three choices a person makes first at sign-up. */
    public enum Standing { ITU_MEMBER, SPECIFIC_STATUS, OTHER }

    private final String label;
    private final Standing standing;

    MembershipCategory(String label, Standing standing) {
        this.label = label;
        this.standing = standing;
    }

    public String label() {
        return label;
    }

    public Standing standing() {
        return standing;
    }

    /** Only ITU Members (the first four categories) may have TIES access. */
    public boolean isTiesEligible() {
        return standing == Standing.ITU_MEMBER;
    }

    /** Affiliation to an ITU Member needs the focal point's approval; to anyone else it is immediate. */
    public boolean affiliationNeedsApproval() {
        return standing == Standing.ITU_MEMBER;
    }

    public static Set<MembershipCategory> of(Standing standing) {
        Set<MembershipCategory> result = EnumSet.noneOf(MembershipCategory.class);
        for (MembershipCategory c : values()) {
            if (c.standing == standing) {
                result.add(c);
            }
        }
        return result;
    }
}
