package org.focalpoint.nightly;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.focalpoint.accounts.Account;

import java.util.Properties;

/**
 * Starts, stops and restarts the nightly jobs, for staff or for the schedule. A run is opened (and the
 * job's guard taken) in a transaction of its own before JBeret starts it, so a second start, here or
 * on another node, is refused rather than started beside it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLauncher {

    @EJB
    private JobRuns runs;

    @Inject
    @ConfigProperty(name = "focalpoint.nightly.chunk", defaultValue = "2000")
    int chunk;

    @Inject
    @ConfigProperty(name = "focalpoint.nightly.partitions", defaultValue = "4")
    int partitions;

    /** Registrations per transaction and slices of organizations (focalpoint.nightly.chunk, .partitions). */
    public record Tuning(int chunk, int partitions) {
    }

    /** {@code actor} null: the schedule. */
    public JobRun start(Account actor, NightlyJob job, boolean dryRun) {
        return start(actor, job, dryRun, new Tuning(chunk, partitions));
    }

    public JobRun start(Account actor, NightlyJob job, boolean dryRun, Tuning tuning) {
        JobRun run = runs.open(actor, job, dryRun);
        Properties parameters = new Properties();
        parameters.setProperty("run", String.valueOf(run.getId()));
        parameters.setProperty("dryRun", String.valueOf(dryRun));
        parameters.setProperty("chunk", String.valueOf(tuning.chunk()));
        parameters.setProperty("partitions", String.valueOf(tuning.partitions()));
        try {
            operator().start(job.id(), parameters);
        } catch (RuntimeException e) {
            runs.ended(run.getId(), JobRunState.FAILED, "Could not start: " + e.getMessage());
            throw e;
        }
        return run;
    }

    /** The run stops at the end of the chunk each partition is writing; it can be restarted from there. */
    public void stop(Account actor, long runId) {
        operator().stop(runs.stoppable(actor, runId).getExecutionId());
    }

    /**
     * Runs a stopped or failed run again from its last checkpoints, with its own parameters. A run whose
     * server died is restarted too: JBeret tells a crashed execution by its job no longer being loaded.
     */
    public JobRun restart(Account actor, long runId) {
        JobRun run = runs.resume(actor, runId);
        try {
            operator().restart(run.getExecutionId(), new Properties());
        } catch (RuntimeException e) {
            runs.ended(run.getId(), JobRunState.FAILED, "Could not restart: " + e.getMessage());
            throw e;
        }
        return run;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
