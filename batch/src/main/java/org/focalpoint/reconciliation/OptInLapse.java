package org.focalpoint.reconciliation;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.nightly.RunParameters;

import java.time.Clock;
import java.time.LocalDate;

/** Opt-ins past the end of the study period lapse: one transaction, so a restart finds all or none done. */
@Named
@Dependent
public class OptInLapse extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private Clock clock;

    @EJB
    private ReconciliationChanges changes;

    @Override
    public String process() {
        RunParameters run = RunParameters.of(job);
        return "LAPSED " + changes.lapseOptIns(run.run(), run.dryRun(), LocalDate.now(clock));
    }
}
