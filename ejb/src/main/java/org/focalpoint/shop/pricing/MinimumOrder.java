package org.focalpoint.shop.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** The one row of the order amount (list prices, CHF) below which no member discount applies. */
@Entity
@Table(name = "minimum_order")
public class MinimumOrder {

    static final long ONLY = 1;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "amount_chf", nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    protected MinimumOrder() {
    }

    void amount(BigDecimal chf) {
        this.amount = RuleValues.chf(chf);
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
