package org.focalpoint.demo;

import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoOrganizationsTest {

    private final List<Organization> all = DemoOrganizations.create().all();

    @Test
    void oneOrganizationOfEveryMembershipCategory() {
        assertEquals(List.of(MembershipCategory.values()),
                all.stream().map(Organization::getCategory).sorted().toList());
    }

    @Test
    void sectorsFollowTheCategoryRules() {
        for (Organization o : all) {
            switch (o.getCategory()) {
                case MEMBER_STATE, ACADEMIA -> assertEquals(EnumSet.allOf(Sector.class), o.getSectors(), o.getName());
                case ASSOCIATE -> assertEquals(1, o.getSectors().size(), o.getName());
                case SECTOR_MEMBER -> assertTrue(!o.getSectors().isEmpty(), o.getName());
                default -> { }
            }
        }
    }

    @Test
    void theMarkerIsAmongThem() {
        assertTrue(all.stream().anyMatch(o -> o.getName().equals(DemoOrganizations.MARKER)));
    }
}
