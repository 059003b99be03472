package org.focalpoint.shop.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment taken for an order: a bank credit or a card payment, named by its source's own
 * reference, which the table keeps unique, so the same credit or event never pays twice.
 */
@Entity
@Table(name = "order_payment")
public class OrderPayment {

    static final String ONCE_PER_SOURCE = "order_payment_source_unique";

    @Id
    @SequenceGenerator(name = "order_payment_seq", sequenceName = "order_payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_payment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private ShopOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_way", nullable = false, length = 10)
    private PaymentWay way;

    @Column(name = "amount_chf", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "source_reference", nullable = false, length = 255)
    private String sourceReference;

    protected OrderPayment() {
    }

    OrderPayment(ShopOrder order, PaymentWay way, BigDecimal amount, Instant receivedAt, String sourceReference) {
        this.order = order;
        this.way = way;
        this.amount = amount;
        this.receivedAt = receivedAt;
        this.sourceReference = sourceReference;
    }

    public ShopOrder getOrder() {
        return order;
    }

    public PaymentWay getWay() {
        return way;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getSourceReference() {
        return sourceReference;
    }
}
