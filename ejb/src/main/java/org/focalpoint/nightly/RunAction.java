package org.focalpoint.nightly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.focalpoint.organizations.Sector;
import org.focalpoint.persistence.ColumnText;

/**
 * One change a run made, or in a dry run would have made. Unique per run by {@code subjectKey}: a
 * restarted run that met the same thing again could not record, nor make, the change twice.
 * Plain ids rather than relations: a summary lists thousands of them and reads the names it shows
 * in one query.
 */
@Entity
@Table(name = "run_action")
public class RunAction {

    @Id
    @SequenceGenerator(name = "run_action_seq", sequenceName = "run_action_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_action_seq")
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunActionKind action;

    @Column(name = "subject_key", nullable = false)
    private String subjectKey;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "event_id")
    private Long eventId;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    @Column(length = 300)
    private String detail;

    protected RunAction() {
    }

    private RunAction(long runId, RunActionKind action, String subjectKey, long organizationId, Sector sector,
                      String detail) {
        this.runId = runId;
        this.action = action;
        this.subjectKey = subjectKey;
        this.organizationId = organizationId;
        this.sector = sector;
        this.detail = ColumnText.fit(detail, 300);
    }

    public static RunAction onRegistration(long runId, RunActionKind action, long registrationId, long organizationId,
                                           long accountId, long eventId, Sector sector, String detail) {
        RunAction done = new RunAction(runId, action, "registration:" + registrationId, organizationId, sector,
                detail);
        done.registrationId = registrationId;
        done.accountId = accountId;
        done.eventId = eventId;
        return done;
    }

    public static RunAction onOptIn(long runId, long organizationId, Sector sector, String detail) {
        return new RunAction(runId, RunActionKind.OPT_IN_LAPSED, "opt-in:" + organizationId + ":" + sector,
                organizationId, sector, detail);
    }

    /**
     * A request waiting on a focal point that a run followed up: {@code subjectKey} names it (e.g.
     * {@code affiliation:123}); {@code registrationId} and {@code eventId} are null unless it is a
     * registration, {@code sector} null unless it waits on a Designated Focal Point.
     */
    public static RunAction onRequest(long runId, RunActionKind action, String subjectKey, long organizationId,
                                      long accountId, Long registrationId, Long eventId, Sector sector, String detail) {
        RunAction done = new RunAction(runId, action, subjectKey, organizationId, sector, detail);
        done.accountId = accountId;
        done.registrationId = registrationId;
        done.eventId = eventId;
        return done;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    /** A member's delegation review for one sector, sent to its Designated Focal Point {@code accountId}. */
    public static RunAction onReview(long runId, long organizationId, Sector sector, long accountId, String detail) {
        RunAction done = new RunAction(runId, RunActionKind.REVIEW_SENT, "review:" + organizationId + ":" + sector,
                organizationId, sector, detail);
        done.accountId = accountId;
        return done;
    }

    public Long getId() {
        return id;
    }

    public RunActionKind getAction() {
        return action;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getEventId() {
        return eventId;
    }

    public Sector getSector() {
        return sector;
    }

    public String getDetail() {
        return detail;
    }
}
