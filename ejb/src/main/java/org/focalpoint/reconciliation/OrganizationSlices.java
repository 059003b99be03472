package org.focalpoint.reconciliation;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the organizations with work into at most {@code count} ranges of organization ids holding
 * about as many registrations each: the partitions of a run, so that no partition waits on the others.
 */
public final class OrganizationSlices {

    private OrganizationSlices() {
    }

    public static List<Slice> of(List<DelegationLists.Workload> workloads, int count) {
        long total = workloads.stream().mapToLong(DelegationLists.Workload::registrations).sum();
        List<Slice> slices = new ArrayList<>();
        long share = Math.max(1, (total + count - 1) / count);
        int start = 0;
        long sum = 0;
        for (int i = 0; i < workloads.size(); i++) {
            sum += workloads.get(i).registrations();
            boolean last = i == workloads.size() - 1;
            if (last || (sum >= share && slices.size() < count - 1)) {
                slices.add(new Slice(workloads.get(start).organizationId(), workloads.get(i).organizationId(), sum));
                start = i + 1;
                sum = 0;
            }
        }
        return slices;
    }

    /** Organizations {@code first} to {@code last} (ids, inclusive) and their registrations to compare. */
    public record Slice(long first, long last, long registrations) {
    }
}
