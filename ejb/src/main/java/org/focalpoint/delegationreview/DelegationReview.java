package org.focalpoint.delegationreview;

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

import java.time.Instant;
import java.time.LocalDate;

/**
 * A delegation review sent to a member's Designated Focal Point for a sector: the latest one tells
 * when the next is due. Plain ids, like the run's own records it is written with.
 */
@Entity
@Table(name = "delegation_review")
public class DelegationReview {

    @Id
    @SequenceGenerator(name = "delegation_review_seq", sequenceName = "delegation_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_review_seq")
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sector sector;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    /** The night's day, by which the next review is due. */
    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "ties_users", nullable = false)
    private int tiesUsers;

    @Column(nullable = false)
    private int registrations;

    protected DelegationReview() {
    }

    DelegationReview(ReviewSeat seat, long runId, LocalDate sentOn, int tiesUsers, int registrations, Instant sentAt) {
        this.organizationId = seat.organizationId();
        this.sector = seat.sector();
        this.accountId = seat.accountId();
        this.runId = runId;
        this.sentAt = sentAt;
        this.sentOn = sentOn;
        this.tiesUsers = tiesUsers;
        this.registrations = registrations;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getRunId() {
        return runId;
    }

    public int getTiesUsers() {
        return tiesUsers;
    }

    public int getRegistrations() {
        return registrations;
    }
}
