package org.focalpoint.nightly;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The nightly jobs as staff oversee them: start a run or a dry run by hand, stop or restart one,
 * and follow every run's progress, newest first. The services refuse anyone but staff.
 */
@Named
@ViewScoped
public class NightlyRuns implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private Clock clock;

    @Inject
    private JobRuns runs;

    @Inject
    private JobLauncher launcher;

    private NightlyJob job = NightlyJob.RECONCILIATION;

    private final PagedList<RunLine> model = new PagedList<>(
            () -> runs.count(currentAccount.get()),
            (first, size, sorting) -> runs.page(currentAccount.get(), first, size),
            RunLine::id);

    public void run() {
        start(false);
    }

    public void dryRun() {
        start(true);
    }

    private void start(boolean dry) {
        try {
            JobRun run = launcher.start(currentAccount.get(), job, dry);
            PageMessages.info(dry ? "staff-nightly.dry-run-started" : "staff-nightly.run-started",
                    String.valueOf(run.getId()), job.name());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void stop(RunLine line) {
        try {
            launcher.stop(currentAccount.get(), line.id());
            PageMessages.info("staff-nightly.stopping", String.valueOf(line.id()));
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void restart(RunLine line) {
        try {
            launcher.restart(currentAccount.get(), line.id());
            PageMessages.info("staff-nightly.restarted", String.valueOf(line.id()));
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public boolean isAnyRunning() {
        return runs.anyRunning();
    }

    public String when(RunLine line) {
        return words.dates().precise(line.requestedAt());
    }

    static String duration(Duration duration, PageWords words) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? words.text("staff-nightly.seconds", seconds)
                : words.text("staff-nightly.minutes-seconds", seconds / 60, seconds % 60);
    }

    public String durationOf(RunLine line) {
        return duration(line.duration(clock.instant()), words);
    }

    public List<NightlyJob> getJobs() {
        return List.of(NightlyJob.values());
    }

    public NightlyJob getJob() {
        return job;
    }

    public void setJob(NightlyJob job) {
        this.job = job == null ? NightlyJob.RECONCILIATION : job;
    }

    public PagedList<RunLine> getModel() {
        return model;
    }
}
