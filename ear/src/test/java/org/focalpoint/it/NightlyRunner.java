package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.nightly.JobLauncher;
import org.focalpoint.nightly.JobRun;
import org.focalpoint.nightly.JobRunState;
import org.focalpoint.nightly.JobRuns;
import org.focalpoint.nightly.NightlyJob;
import org.focalpoint.nightly.RunAction;
import org.focalpoint.nightly.RunSummary;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the nightly jobs for the in-container tests as staff would, and waits for a run's end (the
 * runs say nothing when they end, so a bounded poll is the only way to wait).
 */
final class NightlyRunner {

    static final Duration PATIENCE = Duration.ofMinutes(3);

    private final JobLauncher launcher;
    private final JobRuns runs;
    private final EntityManager em;
    private final UserTransaction tx;

    NightlyRunner(JobLauncher launcher, JobRuns runs, EntityManager em, UserTransaction tx) {
        this.launcher = launcher;
        this.runs = runs;
        this.em = em;
        this.tx = tx;
    }

    Account staff() throws Exception {
        tx.begin();
        Account staff = TestData.staff(em);
        tx.commit();
        return staff;
    }

    /** A real run over what earlier tests left in the shared database, so that the run under test meets only its own work. */
    void settle(NightlyJob job) throws Exception {
        finished(launcher.start(staff(), job, false));
    }

    RunSummary finished(JobRun run) throws Exception {
        RunSummary summary = ended(run);
        assertEquals(JobRunState.COMPLETED, summary.run().getState(), summary.run().getFailure());
        return summary;
    }

    RunSummary ended(JobRun run) throws Exception {
        Account staff = staff();
        return Polling.until(() -> runs.summary(staff, run.getId()), s -> s.run().getState() != JobRunState.RUNNING,
                Duration.ofMillis(100), PATIENCE, "run " + run.getId() + " to end");
    }

    /** A run's actions as "action subject account", sorted: two runs that did the same compare equal. */
    List<String> actions(JobRun run) {
        return em.createQuery("select a from RunAction a where a.runId = :run", RunAction.class)
                .setParameter("run", run.getId())
                .getResultStream()
                .map(a -> a.getAction() + " " + a.getSubjectKey() + " " + a.getAccountId())
                .sorted()
                .toList();
    }
}
