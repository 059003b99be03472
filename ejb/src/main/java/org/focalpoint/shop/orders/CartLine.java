package org.focalpoint.shop.orders;

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
import jakarta.persistence.Version;
import org.focalpoint.accounts.Account;
import org.focalpoint.shop.Edition;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An edition in a signed-in reader's cart, with how many (one licence for a PDF) and the price it had
 * when added, so that the cart says when it changed since. One line per person and edition.
 */
@Entity
@Table(name = "cart_line")
@NamedQuery(name = "CartLine.ofAccount", query = "select c from CartLine c join fetch c.edition e"
        + " join fetch e.publication where c.account = :account order by c.addedAt, c.id")
@NamedQuery(name = "CartLine.ofAccountAndEdition",
        query = "select c from CartLine c where c.account = :account and c.edition = :edition")
public class CartLine {

    static final String ONCE_PER_EDITION = "cart_line_unique";

    @Id
    @SequenceGenerator(name = "cart_line_seq", sequenceName = "cart_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_line_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "price_when_added", nullable = false, precision = 10, scale = 2)
    private BigDecimal priceWhenAdded;

    protected CartLine() {
    }

    CartLine(Account account, Edition edition, int quantity, Instant addedAt) {
        this.account = account;
        this.edition = edition;
        this.quantity = quantity;
        this.addedAt = addedAt;
        this.priceWhenAdded = edition.getPrice();
    }

    void quantity(int quantity) {
        this.quantity = quantity;
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

    public int getQuantity() {
        return quantity;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public BigDecimal getPriceWhenAdded() {
        return priceWhenAdded;
    }
}
