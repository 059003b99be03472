package org.focalpoint.delegationreview;

import jakarta.annotation.PostConstruct;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.nightly.RunParameters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends each Designated Focal Point whose review is due the member's delegation review, one seat per
 * transaction. The seats are walked a page at a time, twice: once to count the reviews due (the run's
 * progress, counted by its first execution only), then to send them. A stopped or restarted run goes
 * through the seats again and finds those it reviewed already gone from the pages.
 */
@Named("delegationReview")
@Dependent
public class DelegationReviewStep extends AbstractBatchlet {

    private static final int PAGE = 500;

    @Inject
    private JobContext job;

    @Inject
    private Clock clock;

    @EJB
    private DelegationReviews reviews;

    @Inject
    private ReviewPeriod period;
    private LocalDate today;

    /** One day for the whole step, even when it runs past midnight. */
    @PostConstruct
    void fixToday() {
        today = LocalDate.now(clock);
    }
    private volatile boolean stopping;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(job);
        reviews.plan(run.run(), due(run.run()));
        int sent = 0;
        long after = 0;
        List<ReviewSeat> page;
        do {
            page = reviews.seats(run.run(), after, PAGE);
            for (ReviewSeat seat : page) {
                if (stopping) {
                    return "STOPPED";
                }
                after = seat.seatId();
                if (period.isDue(seat.lastSent(), today)) {
                    reviews.review(run.run(), run.dryRun(), seat, period, today);
                    sent++;
                }
            }
        } while (page.size() == PAGE);
        return (run.dryRun() ? "WOULD SEND " : "SENT ") + sent;
    }

    @Override
    public void stop() {
        stopping = true;
    }

    private long due(long run) {
        long due = 0;
        long after = 0;
        List<ReviewSeat> page;
        do {
            page = reviews.seats(run, after, PAGE);
            for (ReviewSeat seat : page) {
                after = seat.seatId();
                if (period.isDue(seat.lastSent(), today)) {
                    due++;
                }
            }
        } while (page.size() == PAGE);
        return due;
    }
}
