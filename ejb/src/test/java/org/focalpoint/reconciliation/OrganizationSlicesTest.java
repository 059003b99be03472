package org.focalpoint.reconciliation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrganizationSlicesTest {

    private static DelegationLists.Workload org(long id, long registrations) {
        return new DelegationLists.Workload(id, registrations);
    }

    @Test
    void slicesHoldAboutTheSameNumberOfRegistrationsAndCoverEveryOrganization() {
        List<OrganizationSlices.Slice> slices = OrganizationSlices.of(List.of(org(10, 5), org(20, 5), org(30, 5),
                org(40, 5), org(50, 1), org(60, 9)), 3);

        assertEquals(List.of(new OrganizationSlices.Slice(10, 20, 10), new OrganizationSlices.Slice(30, 40, 10),
                new OrganizationSlices.Slice(50, 60, 10)), slices);
    }

    @Test
    void neverMoreSlicesThanAskedNorThanOrganizations() {
        assertEquals(2, OrganizationSlices.of(List.of(org(1, 100), org(2, 1)), 4).size());
        assertEquals(List.of(new OrganizationSlices.Slice(1, 3, 3)),
                OrganizationSlices.of(List.of(org(1, 1), org(2, 1), org(3, 1)), 1));
        assertEquals(List.of(), OrganizationSlices.of(List.of(), 4));
    }
}
