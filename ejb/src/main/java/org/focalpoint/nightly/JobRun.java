package org.focalpoint.nightly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.accounts.Account;

import java.time.Instant;

/**
 * One run of a nightly job as staff see it. It stays the same run when JBeret restarts it after a
 * stop or a crash: {@code executionId} is then JBeret's newest execution of it.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

    @Id
    @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "job_name", nullable = false)
    private String jobName;

    @Column(name = "dry_run")
    private boolean dryRun;

    @ManyToOne
    @JoinColumn(name = "started_by_id")
    private Account startedBy;

    @Column(nullable = false)
    private String node;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "execution_id")
    private Long executionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobRunState state;

    @Column(length = 2000)
    private String failure;

    protected JobRun() {
    }

    JobRun(String jobName, boolean dryRun, Account startedBy, String node, Instant requestedAt) {
        this.jobName = jobName;
        this.dryRun = dryRun;
        this.startedBy = startedBy;
        this.node = node;
        this.requestedAt = requestedAt;
        this.state = JobRunState.RUNNING;
    }

    public Long getId() {
        return id;
    }

    public String getJobName() {
        return jobName;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** Null when the nightly schedule started it. */
    public Account getStartedBy() {
        return startedBy;
    }

    public String getNode() {
        return node;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public JobRunState getState() {
        return state;
    }

    public String getFailure() {
        return failure;
    }

    void executing(long executionId) {
        this.executionId = executionId;
    }

    /** Restarted, on {@code node}: a crashed node's run may be taken up by another. */
    void resumed(String node) {
        this.node = node;
        this.state = JobRunState.RUNNING;
        this.endedAt = null;
        this.failure = null;
    }

    void ended(JobRunState outcome, String failure, Instant at) {
        this.state = outcome;
        this.failure = failure;
        this.endedAt = at;
    }
}
