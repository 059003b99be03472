package org.focalpoint.reconciliation;

import jakarta.annotation.PostConstruct;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.optin.StudyPeriod;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Compares one registration with the delegation list. Every registration goes on to the writer, with
 * its change or none, so that the writer counts the partition's progress.
 */
@Named
@Dependent
public class Reconcile implements ItemProcessor {
    @Inject
    private Clock clock;


    @Inject
    private StudyPeriod period;
    private LocalDate today;

    /** One day for the whole step, even when it runs past midnight. */
    @PostConstruct
    void fixToday() {
        today = LocalDate.now(clock);
    }

    @Override
    public Object processItem(Object item) {
        return Reconciliation.of((Candidate) item, period, today);
    }
}
