package org.focalpoint.jobs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.reconciliation.FocalPointNotices;

/**
 * Tells each member's Designated Focal Point what the night changed, one mail per member and sector,
 * each recorded as it leaves: a stopped or restarted run sends the rest, never one again. A dry run
 * tells no one.
 */
@Named("focalPointNotices")
@Dependent
public class FocalPointNoticesStep extends AbstractBatchlet {

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
        int told = 0;
        for (FocalPointNotices.Member member : notices.due(run.run())) {
            if (stopping) {
                return "STOPPED";
            }
            notices.tell(run.run(), member);
            told++;
        }
        return "TOLD " + told;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
