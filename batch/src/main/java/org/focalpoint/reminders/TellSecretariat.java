package org.focalpoint.reminders;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.nightly.RunParameters;
import org.focalpoint.reminders.FollowUpRule;

/**
 * Tells every active staff member, in one mail for the night, of the requests the run passed to the
 * secretariat; each mail is recorded as it leaves, so a restarted run sends only the rest. A dry run
 * tells no one.
 */
@Named
@Dependent
public class TellSecretariat extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private FollowUpRule rule;

    @EJB
    private RequestFollowUps followUps;

    private volatile boolean stopping;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(job);
        if (run.dryRun()) {
            return "DRY RUN";
        }
                int told = 0;
        for (long staff : followUps.staffToTell(run.run())) {
            if (stopping) {
                return "STOPPED";
            }
            followUps.tellStaff(run.run(), staff, rule);
            told++;
        }
        return "TOLD " + told;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
