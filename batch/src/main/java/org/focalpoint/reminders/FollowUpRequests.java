package org.focalpoint.reminders;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.nightly.RunParameters;
import org.focalpoint.reminders.FollowUpRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.LongToIntFunction;

/**
 * Follows up the requests waiting too long: each focal point with requests waiting on them, then
 * each organization with requests no focal point can decide, each in a transaction of its own, read
 * a page of ids at a time. A stopped or restarted run goes over them again: what was followed up is
 * recorded with the stage done, and is not due again.
 */
@Named
@Dependent
public class FollowUpRequests extends AbstractBatchlet {

    private static final int PAGE = 100;

    @Inject
    private JobContext job;

    @Inject
    private FollowUpRule rule;

    @Inject
    private Clock clock;

    @EJB
    private RequestFollowUps followUps;

    private volatile boolean stopping;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(job);
                Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        int followedUp = each(after -> followUps.focalPointsAfter(after, today, PAGE),
                person -> followUps.followUpFocalPoint(run.run(), run.dryRun(), person, rule, now));
        followedUp += each(after -> followUps.unattendedAfter(after, today, PAGE),
                organization -> followUps.followUpUnattended(run.run(), run.dryRun(), organization, rule, now));
        return (stopping ? "STOPPED after " : "FOLLOWED UP ") + followedUp;
    }

    @Override
    public void stop() {
        stopping = true;
    }

    /** Follows up each id, read a page at a time, each page after the last id of the one before. */
    private int each(LongFunction<List<Long>> pageAfter, LongToIntFunction followUp) {
        int followedUp = 0;
        long after = 0;
        List<Long> page;
        do {
            page = pageAfter.apply(after);
            for (long id : page) {
                if (stopping) {
                    return followedUp;
                }
                followedUp += followUp.applyAsInt(id);
                after = id;
            }
        } while (page.size() == PAGE);
        return followedUp;
    }
}
