package org.focalpoint.organizations;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectorParticipationTest {

    static final Set<Sector> NONE = EnumSet.noneOf(Sector.class);
    static final Set<Sector> ONE = EnumSet.of(Sector.ITU_T);
    static final Set<Sector> TWO = EnumSet.of(Sector.ITU_T, Sector.ITU_D);
    static final Set<Sector> ALL = EnumSet.allOf(Sector.class);

    private static boolean fits(MembershipCategory category, Set<Sector> sectors) {
        return SectorParticipation.problem(category, sectors).isEmpty();
    }

    @Test
    void memberStatesAndAcademiaAreInAllThreeSectors() {
        for (MembershipCategory c : EnumSet.of(MembershipCategory.MEMBER_STATE, MembershipCategory.ACADEMIA)) {
            assertTrue(fits(c, ALL), c.name());
            assertFalse(fits(c, TWO), c.name());
            assertFalse(fits(c, ONE), c.name());
            assertFalse(fits(c, NONE), c.name());
        }
        assertEquals("A Member State takes part in all three sectors: tick ITU-R, ITU-T and ITU-D.",
                SectorParticipation.problem(MembershipCategory.MEMBER_STATE, TWO).orElseThrow());
        assertEquals("An Academia member takes part in all three sectors: tick ITU-R, ITU-T and ITU-D.",
                SectorParticipation.problem(MembershipCategory.ACADEMIA, NONE).orElseThrow());
    }

    @Test
    void aSectorMemberIsInOneOrMore() {
        assertTrue(fits(MembershipCategory.SECTOR_MEMBER, ONE));
        assertTrue(fits(MembershipCategory.SECTOR_MEMBER, TWO));
        assertTrue(fits(MembershipCategory.SECTOR_MEMBER, ALL));
        assertFalse(fits(MembershipCategory.SECTOR_MEMBER, NONE));
        assertFalse(fits(MembershipCategory.SECTOR_MEMBER, null));
    }

    @Test
    void anAssociateIsInExactlyOne() {
        assertTrue(fits(MembershipCategory.ASSOCIATE, ONE));
        assertFalse(fits(MembershipCategory.ASSOCIATE, TWO));
        assertFalse(fits(MembershipCategory.ASSOCIATE, NONE));
        assertEquals("An Associate takes part in exactly one sector: tick one.",
                SectorParticipation.problem(MembershipCategory.ASSOCIATE, TWO).orElseThrow());
    }

    @Test
    void specificStatusChoosesFreelyAndNonMembersTakePartInNone() {
        for (MembershipCategory c : MembershipCategory.of(MembershipCategory.Standing.SPECIFIC_STATUS)) {
            assertTrue(fits(c, NONE) && fits(c, ONE) && fits(c, ALL), c.name());
        }
        assertTrue(fits(MembershipCategory.NON_MEMBER, NONE));
        assertFalse(fits(MembershipCategory.NON_MEMBER, ONE));
    }
}
