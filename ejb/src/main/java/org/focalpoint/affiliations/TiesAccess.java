package org.focalpoint.affiliations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.accounts.Account;

import java.time.Instant;

/** A user's access to the members-only document service (TIES) through one affiliation. */
@Entity
@Table(name = "ties_access")
public class TiesAccess {

    @Id
    @SequenceGenerator(name = "ties_access_seq", sequenceName = "ties_access_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ties_access_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "affiliation_id")
    private Affiliation affiliation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TiesState state;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    private Account decidedBy;

    @Column(length = 1000)
    private String reason;

    protected TiesAccess() {
    }

    TiesAccess(Affiliation affiliation) {
        this.affiliation = affiliation;
        this.state = TiesState.REQUESTED;
        this.requestedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Affiliation getAffiliation() {
        return affiliation;
    }

    public TiesState getState() {
        return state;
    }

    public boolean isGranted() {
        return state == TiesState.GRANTED;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public void decide(TiesState outcome, Account by, String reason) {
        this.state = outcome;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.reason = reason;
    }
}
