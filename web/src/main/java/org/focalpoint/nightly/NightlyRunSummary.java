package org.focalpoint.nightly;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * One run's summary: its progress and outcome, its changes counted by kind and listed with the
 * registrations and people they concern, and the mails it sent.
 */
@Named
@ViewScoped
public class NightlyRunSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private Clock clock;

    @Inject
    private JobRuns runs;

    /** The run id as the address gives it: anything may be typed there. */
    private String run;
    private Long id;
    private RunSummary summary;
    private RunActionKind kind;

    private final PagedList<RunActionLine> actions = new PagedList<>(
            () -> id == null ? 0 : runs.actionCount(currentAccount.get(), id, kind),
            (first, size, sorting) -> id == null ? List.of() : runs.actions(currentAccount.get(), id, kind, first, size),
            RunActionLine::id);

    private final PagedList<RunNotificationLine> notifications = new PagedList<>(
            () -> id == null ? 0 : summary.notifications(),
            (first, size, sorting) -> id == null ? List.of() : runs.notifications(currentAccount.get(), id, first, size),
            RunNotificationLine::id);

    public void open() {
        try {
            id = run == null ? null : Long.valueOf(run.strip());
        } catch (NumberFormatException notAnId) {
            id = null;
        }
        if (id == null) {
            PageMessages.error("staff-nightly-run.no-such-run", run == null ? "" : run);
            return;
        }
        refresh();
    }

    public void refresh() {
        try {
            summary = runs.summary(currentAccount.get(), id);
        } catch (RuleViolation refused) {
            id = null;
            summary = null;
            PageMessages.error(refused);
        }
    }

    public RunLine getLine() {
        return summary == null ? null : summary.line();
    }

    public String getWhen() {
        return words.dates().precise(summary.run().getRequestedAt());
    }

    public String getDuration() {
        return NightlyRuns.duration(summary.line().duration(clock.instant()), words);
    }

    public List<Map.Entry<RunActionKind, Long>> getCounts() {
        return List.copyOf(summary.actions().entrySet());
    }

    public List<RunActionKind> getKinds() {
        return List.of(RunActionKind.values());
    }

    public String sent(RunNotificationLine line) {
        return words.dates().precise(line.sentAt());
    }

    public RunSummary getSummary() {
        return summary;
    }

    public PagedList<RunActionLine> getActions() {
        return actions;
    }

    public PagedList<RunNotificationLine> getNotifications() {
        return notifications;
    }

    public String getRun() {
        return run;
    }

    public void setRun(String run) {
        this.run = run;
    }

    public RunActionKind getKind() {
        return kind;
    }

    public void setKind(RunActionKind kind) {
        this.kind = kind;
    }
}
