package org.focalpoint.reconciliation;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.nightly.RunParameters;

import java.util.List;

/**
 * Tells each member's Designated Focal Point what the night changed, one mail per member and sector,
 * each recorded as it is queued, some members per transaction: a stopped or restarted run sends the
 * rest, never one again. A dry run tells no one.
 */
@Named("focalPointNotices")
@Dependent
public class FocalPointNoticesStep extends AbstractBatchlet {

    /** A few seconds of work at most: what a stop waits for, and what a crash makes a restart do again. */
    private static final int MEMBERS_PER_TRANSACTION = 200;

    @Inject
    private JobContext job;

    @EJB
    private FocalPointNotices notices;

    private volatile boolean stopping;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(job);
        if (run.dryRun()) {
            return "DRY RUN";
        }
        List<FocalPointNotices.Member> due = notices.due(run.run());
        int told = 0;
        while (told < due.size()) {
            if (stopping) {
                return "STOPPED";
            }
            List<FocalPointNotices.Member> batch = due.subList(told, Math.min(told + MEMBERS_PER_TRANSACTION, due.size()));
            notices.tell(run.run(), batch);
            told += batch.size();
        }
        return "TOLD " + told;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
