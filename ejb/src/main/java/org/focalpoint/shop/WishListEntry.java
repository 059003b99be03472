package org.focalpoint.shop;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import org.focalpoint.accounts.Account;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An edition someone wishes for. It keeps the edition's price and availability on the day it was
 * added, so that the list can say what changed since; one entry per person and edition.
 */
@Entity
@Table(name = "wish_list_entry")
@NamedQuery(name = "WishListEntry.ofAccount", query = "select w from WishListEntry w join fetch w.edition e"
        + " join fetch e.publication where w.account = :account order by w.addedAt desc, w.id desc")
@NamedQuery(name = "WishListEntry.ofAccountAndEdition",
        query = "select w from WishListEntry w where w.account = :account and w.edition = :edition")
public class WishListEntry {

    static final String ONCE_PER_EDITION = "wish_list_entry_unique";

    @Id
    @SequenceGenerator(name = "wish_list_entry_seq", sequenceName = "wish_list_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wish_list_entry_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "price_when_added", nullable = false, precision = 10, scale = 2)
    private BigDecimal priceWhenAdded;

    @Enumerated(EnumType.STRING)
    @Column(name = "availability_when_added", nullable = false, length = 20)
    private Availability availabilityWhenAdded;

    protected WishListEntry() {
    }

    public WishListEntry(Account account, Edition edition, Instant addedAt) {
        this.account = account;
        this.edition = edition;
        this.addedAt = addedAt;
        this.priceWhenAdded = edition.getPrice();
        this.availabilityWhenAdded = edition.getAvailability();
    }

    /** What has changed about the edition since it was added. */
    public SinceAdded sinceAdded() {
        return SinceAdded.of(priceWhenAdded, availabilityWhenAdded, edition.getPrice(), edition.getAvailability(),
                edition.isWithdrawn() || edition.getPublication().isWithdrawn());
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Edition getEdition() {
        return edition;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public BigDecimal getPriceWhenAdded() {
        return priceWhenAdded;
    }

    public Availability getAvailabilityWhenAdded() {
        return availabilityWhenAdded;
    }
}
