package org.focalpoint.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.ServerNode;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.SecretariatStaff;
import org.focalpoint.persistence.ColumnText;
import org.focalpoint.words.Dates;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.focalpoint.persistence.NativeValues.timestamp;

/**
 * Opens, resumes and closes the runs of the nightly jobs. Each call commits on its own, before JBeret
 * starts the job or after it ended, so the guard is held exactly while a run is running.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    private static final Supplier<RuleViolation> ONLY_STAFF = () -> new RuleViolation("nightly.only-staff");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ServerNode node;

    @Inject
    private SecretariatStaff secretariat;

    @Inject
    private Clock clock;

    /** A run of {@code job} for staff, or for the schedule when {@code actor} is null, unless one is running. */
    public JobRun open(Account actor, NightlyJob job, boolean dryRun) {
        Account by = actor == null ? null : secretariat.require(actor, ONLY_STAFF);
        JobGuard guard = lockedGuard(job.id());
        refuseWhileRunning(guard);
        JobRun run = new JobRun(job.id(), dryRun, by, node.name(), clock.instant());
        em.persist(run);
        guard.hold(run);
        em.flush();
        return run;
    }

    /** A stopped or failed run, running again from where it stopped. */
    public JobRun resume(Account actor, long runId) {
        if (actor != null) {
            secretariat.require(actor, ONLY_STAFF);
        }
        JobRun run = existing(runId);
        if (!run.getState().mayRestart()) {
            throw new RuleViolation("nightly.may-not-restart", String.valueOf(runId),
                    run.getState().name());
        }
        JobGuard guard = lockedGuard(run.getJobName());
        refuseWhileRunning(guard);
        run.resumed(node.name());
        guard.hold(run);
        return run;
    }

    /** Staff may stop a run that is running; the run itself is stopped by JBeret. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public JobRun stoppable(Account actor, long runId) {
        secretariat.require(actor, ONLY_STAFF);
        JobRun run = existing(runId);
        if (run.getState() != JobRunState.RUNNING || run.getExecutionId() == null) {
            throw new RuleViolation("nightly.not-running", String.valueOf(runId));
        }
        return run;
    }

    public void executing(long runId, long executionId) {
        existing(runId).executing(executionId);
    }

    public void ended(long runId, JobRunState outcome, String failure) {
        JobRun run = existing(runId);
        run.ended(outcome, ColumnText.fit(failure, 2000), clock.instant());
        lockedGuard(run.getJobName()).release(run);
    }

    /** Whether the schedule started {@code job} since {@code since}: another node may have run it already. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean scheduledSince(NightlyJob job, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from job_run where job_name = ?1"
                        + " and started_by_id is null and requested_at > ?2")
                .setParameter(1, job.id())
                .setParameter(2, timestamp(since))
                .getSingleResult()).longValue() > 0;
    }

    /** Runs of this node that a crash left running, to restart when the node starts again. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRun> interrupted() {
        return em.createQuery("select r from JobRun r where r.state = :running and r.node = :node order by r.id",
                        JobRun.class)
                .setParameter("running", JobRunState.RUNNING)
                .setParameter("node", node.name())
                .getResultList();
    }

    /** A run's progress and what it did, for staff. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RunSummary summary(Account actor, long runId) {
        secretariat.require(actor, ONLY_STAFF);
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

    /** The runs of every job, newest first, a page at a time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RunLine> page(Account actor, int first, int size) {
        secretariat.require(actor, ONLY_STAFF);
        List<JobRun> page = em.createQuery("select r from JobRun r order by r.id desc", JobRun.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> progress = new HashMap<>();
        em.createQuery("select p.key.runId, sum(p.done), sum(p.total) from RunPartition p where p.key.runId in :runs"
                        + " group by p.key.runId", Object[].class)
                .setParameter("runs", page.stream().map(JobRun::getId).toList())
                .getResultStream()
                .forEach(row -> progress.put((Long) row[0], new long[]{((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()}));
        return page.stream().map(run -> {
            long[] counted = progress.getOrDefault(run.getId(), new long[2]);
            return RunLine.of(run, counted[0], counted[1]);
        }).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(Account actor) {
        secretariat.require(actor, ONLY_STAFF);
        return em.createQuery("select count(r) from JobRun r", Long.class).getSingleResult();
    }

    /** Whether a run of any job is running: the page then refreshes itself. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean anyRunning() {
        return em.createQuery("select count(r) from JobRun r where r.state = :running", Long.class)
                .setParameter("running", JobRunState.RUNNING)
                .getSingleResult() > 0;
    }

    /** A run's changes, in the order it made them, optionally of one kind only. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RunActionLine> actions(Account actor, long runId, RunActionKind kind, int first, int size) {
        secretariat.require(actor, ONLY_STAFF);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.action, o.name, ac.given_name, ac.family_name,"
                        + " e.title, a.detail from run_action a"
                        + " join organization o on o.id = a.organization_id"
                        + " left join account ac on ac.id = a.account_id"
                        + " left join event e on e.id = a.event_id"
                        + " where a.run_id = ?1 and a.action like ?2 order by a.id")
                .setParameter(1, runId)
                .setParameter(2, kind == null ? "%" : kind.name())
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return rows.stream().map(row -> new RunActionLine(((Number) row[0]).longValue(),
                RunActionKind.valueOf((String) row[1]), (String) row[2],
                row[3] == null ? null : row[3] + " " + row[4], (String) row[5], (String) row[6])).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long actionCount(Account actor, long runId, RunActionKind kind) {
        secretariat.require(actor, ONLY_STAFF);
        return ((Number) em.createNativeQuery("select count(*) from run_action where run_id = ?1 and action like ?2")
                .setParameter(1, runId)
                .setParameter(2, kind == null ? "%" : kind.name())
                .getSingleResult()).longValue();
    }

    /** The mails a run sent, in the order it sent them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RunNotificationLine> notifications(Account actor, long runId, int first, int size) {
        secretariat.require(actor, ONLY_STAFF);
        return em.createQuery("select n from RunNotification n where n.runId = :run order by n.id",
                        RunNotification.class)
                .setParameter("run", runId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultStream()
                .map(n -> new RunNotificationLine(n.getId(), n.getRecipient(), n.getSubject(), n.getSentAt()))
                .toList();
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
            throw new IllegalArgumentException(jobName);
        }
        return guard;
    }

    private void refuseWhileRunning(JobGuard guard) {
        JobRun running = guard.running();
        if (running != null) {
            String id = String.valueOf(running.getId());
            String requestedAt = Dates.ENGLISH.brief(running.getRequestedAt());
            if (running.getStartedBy() == null) {
                throw new RuleViolation("nightly.still-running-scheduled", id, requestedAt);
            }
            throw new RuleViolation("nightly.still-running", id, requestedAt, running.getStartedBy().getFullName());
        }
    }

    private JobRun existing(long runId) {
        JobRun run = em.find(JobRun.class, runId);
        if (run == null) {
            throw new RuleViolation("nightly.no-such-run", String.valueOf(runId));
        }
        return run;
    }
}
