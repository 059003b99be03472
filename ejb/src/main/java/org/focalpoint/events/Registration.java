package org.focalpoint.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.decisions.Decision;

import java.time.Instant;

/** A user's registration to an event, made on behalf of one of their affiliations. */
@Entity
@NamedQuery(name = "Registration.ofAccountNotEnded",
        query = "select r from Registration r where r.account = :account and r.event.endsOn >= :today")
@NamedQuery(name = "Registration.ofAccount",
        query = "select r from Registration r join fetch r.event where r.account = :account"
                + " order by r.event.startsOn desc, r.id desc")
@NamedQuery(name = "Registration.ofAccountTo",
        query = "select r from Registration r where r.account = :account and r.event = :event")
@NamedQuery(name = "Registration.toEvent",
        query = "select r from Registration r where r.event = :event order by r.id")
public class Registration {

    @Id
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "affiliation_id")
    private Affiliation affiliation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationState state;

    /** On what basis the current state was reached (e.g. opt-in of the member, the DFP's decision). */
    @Column(length = 300)
    private String basis;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;


    @Embedded
    private Decision decision;

    protected Registration() {
    }

    public Registration(Event event, Account account, Affiliation affiliation, Instant registeredAt) {
        this.event = event;
        this.account = account;
        this.affiliation = affiliation;
        this.state = RegistrationState.PENDING_APPROVAL;
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Event getEvent() {
        return event;
    }

    public Account getAccount() {
        return account;
    }

    public Affiliation getAffiliation() {
        return affiliation;
    }

    public RegistrationState getState() {
        return state;
    }

    public String getBasis() {
        return basis;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    /** Null while the request waits. */
    public Decision getDecision() {
        return decision;
    }

    /**
     * Registered again after a withdrawal or a cancellation: the same row (one per person and event)
     * starts anew; the earlier registration and its end stay in the audit trail.
     */
    public void registerAgain(Affiliation affiliation, Instant at) {
        this.affiliation = affiliation;
        this.state = RegistrationState.PENDING_APPROVAL;
        this.basis = null;
        this.decision = null;
        this.registeredAt = at;
    }

    /** Waits for the DFP (or staff); {@code basis} says whom. */
    public void awaitDecision(String basis) {
        this.state = RegistrationState.PENDING_APPROVAL;
        this.basis = basis;
        this.decision = null;
    }

    public void decide(RegistrationState outcome, String basis, Account by, String reason, Instant at) {
        this.state = outcome;
        this.basis = basis;
        this.decision = new Decision(by, reason, at);
    }
}
