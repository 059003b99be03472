package org.focalpoint.nightly;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the run staff see in step with JBeret's execution of it, and frees the job when it ends. */
@Named
@Dependent
public class RunRecord implements JobListener {

    @Inject
    private JobContext job;

    @EJB
    private JobRuns runs;

    @Override
    public void beforeJob() {
        runs.executing(RunParameters.of(job).run(), job.getExecutionId());
    }

    /** JBeret marks a run COMPLETED only after its listeners: anything not stopped or failed here completed. */
    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        JobRunState outcome = switch (status) {
            case FAILED, ABANDONED -> JobRunState.FAILED;
            case STOPPING, STOPPED -> JobRunState.STOPPED;
            default -> JobRunState.COMPLETED;
        };
        runs.ended(RunParameters.of(job).run(), outcome,
                outcome == JobRunState.FAILED ? "Failed: " + job.getExitStatus() : null);
    }
}
