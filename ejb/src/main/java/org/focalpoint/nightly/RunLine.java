package org.focalpoint.nightly;

import org.focalpoint.words.Words;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One run in the staff's list of runs, with its progress.
 *
 * @param startedBy who started it, or null when the nightly schedule did
 */
public record RunLine(long id, NightlyJob job, boolean dryRun, String startedBy, Instant requestedAt,
                      Instant endedAt, JobRunState state, long done, long total, String failure)
        implements Serializable {

    private static final Words LABELS = new Words(Words.LABELS);

    static RunLine of(JobRun run, long done, long total) {
        return new RunLine(run.getId(), NightlyJob.of(run.getJobName()), run.isDryRun(),
                run.getStartedBy() == null ? null : run.getStartedBy().getFullName(),
                run.getRequestedAt(), run.getEndedAt(), run.getState(), done, total, run.getFailure());
    }

    /** The person who started it, or the schedule. */
    public String startedBy(Locale locale) {
        return startedBy == null ? LABELS.text(locale, "run-line.nightly-schedule") : startedBy;
    }

    /** How long it ran, or has been running by {@code now}. */
    public Duration duration(Instant now) {
        return Duration.between(requestedAt, endedAt == null ? now : endedAt);
    }

    /** "1,234 of 5,000 (24 %)", or a word before the run counted its work. */
    public String progress(Locale locale) {
        if (total == 0) {
            return LABELS.text(locale, state == JobRunState.RUNNING ? "run-line.starting" : "run-line.nothing-to-compare");
        }
        return LABELS.text(locale, "run-line.progress", done, total, done * 100 / total);
    }
}
