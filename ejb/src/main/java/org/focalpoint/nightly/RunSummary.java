package org.focalpoint.nightly;

import java.util.Map;

/**
 * What a run did, as staff open it: how far it got, how many changes of each kind it made (or, dry,
 * would make), and how many mails it sent.
 */
public record RunSummary(JobRun run, long done, long total, Map<RunActionKind, Long> actions, long notifications) {

    public RunLine line() {
        return RunLine.of(run, done, total);
    }

    public long count(RunActionKind action) {
        return actions.getOrDefault(action, 0L);
    }
}
