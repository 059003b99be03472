package org.focalpoint.runs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.SecretariatStaff;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Opens, resumes and closes the runs of the nightly jobs. Each call commits on its own, before JBeret
 * starts the job or after it ended, so the guard is held exactly while a run is running.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    public static final String ONLY_STAFF = "Only secretariat staff can run the nightly jobs.";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @PersistenceContext
    private EntityManager em;

    /** A run of {@code job} for staff, or for the schedule when {@code actor} is null, unless one is running. */
    public JobRun open(Account actor, NightlyJob job, boolean dryRun) {
        Account by = actor == null ? null : SecretariatStaff.require(em, actor, ONLY_STAFF);
        JobGuard guard = lockedGuard(job.id());
        refuseWhileRunning(guard);
        JobRun run = new JobRun(job.id(), dryRun, by, node());
        em.persist(run);
        guard.hold(run);
        em.flush();
        return run;
    }

    /** A stopped or failed run, running again from where it stopped. */
    public JobRun resume(Account actor, long runId) {
        if (actor != null) {
            SecretariatStaff.require(em, actor, ONLY_STAFF);
        }
        JobRun run = existing(runId);
        if (!run.getState().mayRestart()) {
            throw new RuleViolation("Run " + runId + " is " + run.getState().label().toLowerCase()
                    + ": only a stopped or failed run can be restarted.");
        }
        JobGuard guard = lockedGuard(run.getJobName());
        refuseWhileRunning(guard);
        run.resumed(node());
        guard.hold(run);
        return run;
    }

    /** Staff may stop a run that is running; the run itself is stopped by JBeret. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public JobRun stoppable(Account actor, long runId) {
        SecretariatStaff.require(em, actor, ONLY_STAFF);
        JobRun run = existing(runId);
        if (run.getState() != JobRunState.RUNNING || run.getExecutionId() == null) {
            throw new RuleViolation("Run " + runId + " is not running.");
        }
        return run;
    }

    public void executing(long runId, long executionId) {
        existing(runId).executing(executionId);
    }

    public void ended(long runId, JobRunState outcome, String failure) {
        JobRun run = existing(runId);
        run.ended(outcome, failure == null || failure.length() <= 2000 ? failure : failure.substring(0, 2000));
        lockedGuard(run.getJobName()).release(run);
    }

    /** Whether the schedule started {@code job} since {@code since}: another node may have run it already. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean scheduledSince(NightlyJob job, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from job_run where job_name = ?1"
                        + " and started_by_id is null and requested_at > ?2")
                .setParameter(1, job.id())
                .setParameter(2, Timestamp.from(since))
                .getSingleResult()).longValue() > 0;
    }

    /** Runs of this node that a crash left running, to restart when the node starts again. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRun> interrupted() {
        return em.createQuery("select r from JobRun r where r.state = :running and r.node = :node order by r.id",
                        JobRun.class)
                .setParameter("running", JobRunState.RUNNING)
                .setParameter("node", node())
                .getResultList();
    }

    /** A run's progress and what it did, for staff. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RunSummary summary(Account actor, long runId) {
        SecretariatStaff.require(em, actor, ONLY_STAFF);
        JobRun run = existing(runId);
        long done = 0;
        long total = 0;
        for (RunPartition partition : partitions(runId)) {
            done += partition.getDone();
            total += partition.getTotal();
        }
        Map<RunActionKind, Long> actions = new EnumMap<>(RunActionKind.class);
        em.createQuery("select a.action, count(a) from RunAction a where a.runId = :run group by a.action",
                        Object[].class)
                .setParameter("run", runId)
                .getResultStream()
                .forEach(row -> actions.put((RunActionKind) row[0], (Long) row[1]));
        long notifications = em.createQuery("select count(n) from RunNotification n where n.runId = :run", Long.class)
                .setParameter("run", runId)
                .getSingleResult();
        return new RunSummary(run, done, total, actions, notifications);
    }

    /** A run this node was running when it died: failed, so that it may be restarted. */
    public void interruptedByCrash(long runId) {
        ended(runId, JobRunState.FAILED, "Interrupted: the server stopped during the run");
    }

    /** The partitions of a run, empty until its first execution planned them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RunPartition> partitions(long runId) {
        return em.createQuery("select p from RunPartition p where p.key.runId = :run order by p.key.partitionNo",
                        RunPartition.class)
                .setParameter("run", runId)
                .getResultList();
    }

    public List<RunPartition> plan(List<RunPartition> partitions) {
        partitions.forEach(em::persist);
        return partitions;
    }

    private JobGuard lockedGuard(String jobName) {
        JobGuard guard = em.find(JobGuard.class, jobName, LockModeType.PESSIMISTIC_WRITE);
        if (guard == null) {
            throw new IllegalArgumentException("No such job: " + jobName);
        }
        return guard;
    }

    private void refuseWhileRunning(JobGuard guard) {
        JobRun running = guard.running();
        if (running != null) {
            throw new RuleViolation("Run " + running.getId() + " of this job is still running (started "
                    + TIME.format(running.getRequestedAt()) + " by " + (running.getStartedBy() == null
                    ? "the nightly schedule" : running.getStartedBy().getFullName())
                    + "). Wait for it to end, or stop it first.");
        }
    }

    private JobRun existing(long runId) {
        JobRun run = em.find(JobRun.class, runId);
        if (run == null) {
            throw new RuleViolation("There is no run " + runId + ".");
        }
        return run;
    }

    private static String node() {
        return System.getProperty("jboss.node.name", "focalpoint");
    }
}
