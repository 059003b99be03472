package org.focalpoint.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.Organization;

import java.time.Instant;

/** One decision or change of state: who, when, what, on whose behalf and why. Append-only. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.aboutSubject",
        query = "select e from AuditEntry e where e.subjectType = :type and e.subjectId = :id order by e.occurredAt, e.id")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Null when the platform itself acted (a scheduled job, an anonymous visitor's sign-up). */
    @ManyToOne
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(name = "actor_label", nullable = false, length = 300)
    private String actorLabel;

    @ManyToOne
    @JoinColumn(name = "on_behalf_of_id")
    private Organization onBehalfOf;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(length = 2000)
    private String detail;

    @Column(length = 1000)
    private String reason;

    protected AuditEntry() {
    }

    AuditEntry(Account actor, String actorLabel, Organization onBehalfOf, AuditAction action, String subjectType,
               Long subjectId, String detail, String reason, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorLabel = actorLabel;
        this.onBehalfOf = onBehalfOf;
        this.action = action.name();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Account getActor() {
        return actor;
    }

    public String getActorLabel() {
        return actorLabel;
    }

    public Organization getOnBehalfOf() {
        return onBehalfOf;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }
}
