package org.focalpoint.affiliations;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.decisions.Decision;
import org.focalpoint.organizations.Organization;

import java.time.Instant;

/** Links a user to an organization. To an ITU Member it waits for the focal point's approval. */
@Entity
@NamedQuery(name = "Affiliation.ofAccount",
        query = "select a from Affiliation a where a.account = :account order by a.requestedAt")
public class Affiliation {

    @Id
    @SequenceGenerator(name = "affiliation_seq", sequenceName = "affiliation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "affiliation_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AffiliationState state;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;


    @Embedded
    private Decision decision;

    // read when asked for: the nightly reconciliation loads thousands of affiliations, one query each otherwise
    @OneToOne(mappedBy = "affiliation", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    private TiesAccess tiesAccess;

    protected Affiliation() {
    }

    /** A new affiliation: effective at once for a non-member, requested for an ITU Member. */
    public Affiliation(Account account, Organization organization, Instant requestedAt) {
        this.account = account;
        this.organization = organization;
        this.requestedAt = requestedAt;
        if (organization.getCategory().affiliationNeedsApproval()) {
            this.state = AffiliationState.REQUESTED;
        } else {
            this.state = AffiliationState.APPROVED;
            this.decision = new Decision(null, null, requestedAt);
        }
    }

    public TiesAccess requestTiesAccess(Instant at) {
        if (!organization.isTiesEligible()) {
            throw new RuleViolation("affiliations.ties-not-eligible");
        }
        this.tiesAccess = new TiesAccess(this, at);
        return tiesAccess;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Account getAccount() {
        return account;
    }

    public Organization getOrganization() {
        return organization;
    }

    public AffiliationState getState() {
        return state;
    }

    public boolean isApproved() {
        return state == AffiliationState.APPROVED;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    /** Null while the request waits. */
    public Decision getDecision() {
        return decision;
    }

    public TiesAccess getTiesAccess() {
        return tiesAccess;
    }

    public void decide(AffiliationState outcome, Account by, String reason, Instant at) {
        this.state = outcome;
        this.decision = new Decision(by, reason, at);
    }
}
