package org.focalpoint.demo;

import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.SectorParticipation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoOrganizationsTest {

    private final List<Organization> all = DemoOrganizations.create(Instant.now()).all();

    @Test
    void oneOrganizationOfEveryMembershipCategory() {
        assertEquals(List.of(MembershipCategory.values()),
                all.stream().map(Organization::getCategory).sorted().toList());
    }

    @Test
    void sectorsFollowTheCategoryRules() {
        for (Organization o : all) {
            assertEquals(Optional.empty(), SectorParticipation.problem(o.getCategory(), o.getSectors()), o.getName());
        }
    }

    @Test
    void theMarkerIsAmongThem() {
        assertTrue(all.stream().anyMatch(o -> o.getName().equals(DemoOrganizations.MARKER)));
    }
}
