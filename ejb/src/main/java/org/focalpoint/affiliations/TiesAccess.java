package org.focalpoint.affiliations;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.accounts.Account;
import org.focalpoint.decisions.Decision;

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


    @Embedded
    private Decision decision;

    protected TiesAccess() {
    }

    TiesAccess(Affiliation affiliation, Instant requestedAt) {
        this.affiliation = affiliation;
        this.state = TiesState.REQUESTED;
        this.requestedAt = requestedAt;
    }

    /**
     * A refused or revoked request asked for again: the same row waits anew (one per affiliation);
     * the earlier decision stays in the audit trail.
     */
    void askAgain(Instant at) {
        this.state = TiesState.REQUESTED;
        this.requestedAt = at;
        this.decision = null;
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

    /** Null while the request waits. */
    public Decision getDecision() {
        return decision;
    }

    public void decide(TiesState outcome, Account by, String reason, Instant at) {
        this.state = outcome;
        this.decision = new Decision(by, reason, at);
    }
}
