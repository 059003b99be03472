package org.focalpoint.consent;

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

import java.time.Instant;

/** A user's acceptance of one version of a consent document, kept for ever. */
@Entity
@Table(name = "consent_acceptance")
@NamedQuery(name = "ConsentAcceptance.ofAccount",
        query = "select a from ConsentAcceptance a where a.account = :account order by a.acceptedAt desc")
@NamedQuery(name = "ConsentAcceptance.exists",
        query = "select count(a) from ConsentAcceptance a where a.account = :account and a.document = :document")
public class ConsentAcceptance {

    @Id
    @SequenceGenerator(name = "consent_acceptance_seq", sequenceName = "consent_acceptance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_acceptance_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private ConsentDocument document;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected ConsentAcceptance() {
    }

    public ConsentAcceptance(Account account, ConsentDocument document, Instant acceptedAt) {
        this.account = account;
        this.document = document;
        this.acceptedAt = acceptedAt;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public ConsentDocument getDocument() {
        return document;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
