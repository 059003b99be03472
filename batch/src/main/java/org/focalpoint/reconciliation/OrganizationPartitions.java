package org.focalpoint.reconciliation;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.focalpoint.nightly.JobRuns;
import org.focalpoint.nightly.RunParameters;
import org.focalpoint.nightly.RunPartition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Partitions the comparison by organization. The first execution of a run plans the slices and keeps
 * them with the run; a restart reads them back, so each partition resumes over the same organizations.
 */
@Named
@Dependent
public class OrganizationPartitions implements PartitionMapper {

    @Inject
    private JobContext job;

    @Inject
    @ConfigProperty(name = "focalpoint.nightly.threads", defaultValue = "4")
    private int threads;

    @Inject
    private Clock clock;

    @EJB
    private JobRuns runs;

    @EJB
    private DelegationLists lists;

    @Override
    public PartitionPlan mapPartitions() {
        long run = RunParameters.of(job).run();
        List<RunPartition> plan = runs.partitions(run);
        if (plan.isEmpty()) {
            plan = runs.plan(planned(run));
        }
        Properties[] properties = new Properties[plan.size()];
        for (RunPartition partition : plan) {
            Properties each = new Properties();
            each.setProperty("partition", String.valueOf(partition.getNumber()));
            each.setProperty("firstOrganization", String.valueOf(partition.getFirstOrganizationId()));
            each.setProperty("lastOrganization", String.valueOf(partition.getLastOrganizationId()));
            properties[partition.getNumber()] = each;
        }
        PartitionPlanImpl partitions = new PartitionPlanImpl();
        partitions.setPartitions(plan.size());
        partitions.setThreads(Math.min(plan.size(), threads));
        partitions.setPartitionProperties(properties);
        return partitions;
    }

    private List<RunPartition> planned(long run) {
        int count = RunParameters.of(job).partitions();
        List<OrganizationSlices.Slice> slices = OrganizationSlices.of(lists.workloads(LocalDate.now(clock)), count);
        List<RunPartition> plan = new ArrayList<>();
        for (OrganizationSlices.Slice slice : slices) {
            plan.add(new RunPartition(run, plan.size(), slice.first(), slice.last(), slice.registrations()));
        }
        if (plan.isEmpty()) {
            // Nothing to compare: one empty partition, so that the run still shows a step done.
            plan.add(new RunPartition(run, 0, 0, -1, 0));
        }
        return plan;
    }
}
