package org.focalpoint.nightly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One row per job, locked by whoever starts a run of it: the lock lives in the database, so two
 * starts at the same moment, on one node or on two nodes of a cluster, give one run.
 */
@Entity
@Table(name = "job_guard")
class JobGuard {

    @Id
    @Column(name = "job_name")
    private String jobName;

    @Version
    private long version;

    @ManyToOne
    @JoinColumn(name = "run_id")
    private JobRun run;

    protected JobGuard() {
    }

    /** The run holding the job, if it is still running. */
    JobRun running() {
        return run != null && run.getState() == JobRunState.RUNNING ? run : null;
    }

    void hold(JobRun run) {
        this.run = run;
    }

    void release(JobRun run) {
        if (this.run != null && this.run.getId().equals(run.getId())) {
            this.run = null;
        }
    }
}
