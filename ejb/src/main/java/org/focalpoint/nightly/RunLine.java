package org.focalpoint.nightly;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** One run in the staff's list of runs, with its progress. */
public record RunLine(long id, NightlyJob job, boolean dryRun, String startedBy, Instant requestedAt,
                      Instant endedAt, JobRunState state, long done, long total, String failure)
        implements Serializable {

    static RunLine of(JobRun run, long done, long total) {
        return new RunLine(run.getId(), NightlyJob.of(run.getJobName()), run.isDryRun(),
                run.getStartedBy() == null ? "Nightly schedule" : run.getStartedBy().getFullName(),
                run.getRequestedAt(), run.getEndedAt(), run.getState(), done, total, run.getFailure());
    }

    /** How long it ran, or has been running by {@code now}. */
    public Duration duration(Instant now) {
        return Duration.between(requestedAt, endedAt == null ? now : endedAt);
    }

    /** "1,234 of 5,000 (24 %)", or "–" before the run counted its work. */
    public String progress() {
        if (total == 0) {
            return state == JobRunState.RUNNING ? "starting" : "nothing to compare";
        }
        return String.format("%,d of %,d (%d %%)", done, total, done * 100 / total);
    }
}
