package org.focalpoint.organizations;

import org.focalpoint.words.Labelled;

import java.util.EnumSet;
import java.util.Set;

/** How an organization stands with ITU; decides TIES eligibility and who may edit it. */
public enum MembershipCategory implements Labelled {
    MEMBER_STATE(Standing.ITU_MEMBER),
    SECTOR_MEMBER(Standing.ITU_MEMBER),
    ASSOCIATE(Standing.ITU_MEMBER),
    ACADEMIA(Standing.ITU_MEMBER),
    RESOLUTION_99(Standing.SPECIFIC_STATUS),
    UNITED_NATIONS(Standing.SPECIFIC_STATUS),
    SPECIALIZED_AGENCY(Standing.SPECIFIC_STATUS),
    IAEA(Standing.SPECIFIC_STATUS),
    INTERNATIONAL_REGIONAL_ORGANIZATION(Standing.SPECIFIC_STATUS),
    NON_MEMBER(Standing.OTHER);

    /** The three choices a person makes first at sign-up. */
    public enum Standing { ITU_MEMBER, SPECIFIC_STATUS, OTHER }

    private final Standing standing;

    MembershipCategory(Standing standing) {
        this.standing = standing;
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

    @Override
    public String labelGroup() {
        return "membership-category";
    }
}
