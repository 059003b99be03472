package org.focalpoint.shop.pricing;

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

/**
 * One use of a code by an order, counted when it was placed; given back when the order is
 * cancelled. The order is named by its id: the orders come in a feature above this one.
 */
@Entity
@Table(name = "promo_code_use")
@NamedQuery(name = "PromoCodeUse.countedByAccount", query = "select count(u) from PromoCodeUse u"
        + " where u.promoCode = :code and u.account = :account and u.givenBackAt is null")
@NamedQuery(name = "PromoCodeUse.countedForOrder", query = "select u from PromoCodeUse u"
        + " where u.orderId = :order and u.givenBackAt is null")
public class PromoCodeUse {

    @Id
    @SequenceGenerator(name = "promo_code_use_seq", sequenceName = "promo_code_use_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promo_code_use_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "promo_code_id")
    private PromoCode promoCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "given_back_at")
    private Instant givenBackAt;

    protected PromoCodeUse() {
    }

    PromoCodeUse(PromoCode promoCode, Account account, Long orderId, Instant placedAt) {
        this.promoCode = promoCode;
        this.account = account;
        this.orderId = orderId;
        this.placedAt = placedAt;
    }

    void giveBack(Instant now) {
        givenBackAt = now;
    }

    public Long getId() {
        return id;
    }

    public PromoCode getPromoCode() {
        return promoCode;
    }

    public Account getAccount() {
        return account;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getGivenBackAt() {
        return givenBackAt;
    }
}
