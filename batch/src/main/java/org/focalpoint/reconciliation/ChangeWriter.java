package org.focalpoint.reconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.nightly.RunParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Makes a chunk's changes in the chunk's transaction, with the partition's progress. */
@Named
@Dependent
public class ChangeWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String partition;

    @EJB
    private ReconciliationChanges changes;

    @Override
    public void writeItems(List<Object> items) {
        RunParameters run = RunParameters.of(job);
        // a loop, not a stream: a run hands over each of its hundreds of thousands of registrations here
        List<Change> made = new ArrayList<>();
        for (Object item : items) {
            ((Optional<?>) item).ifPresent(change -> made.add((Change) change));
        }
        changes.apply(run.run(), run.dryRun(), Integer.parseInt(partition), items.size(), made);
    }
}
