package org.focalpoint.shop.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** A tax charged on orders billed to one country, such as a VAT; there is none until staff set one. */
@Entity
@Table(name = "tax_rule")
public class TaxRule {

    static final int NAME_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "tax_rule_seq", sequenceName = "tax_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tax_rule_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    protected TaxRule() {
    }

    TaxRule(String country) {
        this.country = country;
    }

    void write(TaxRuleData clean) {
        this.name = clean.name();
        this.percent = clean.percent();
    }

    PriceRules.Tax terms() {
        return new PriceRules.Tax(country, name, percent);
    }

    String describe() {
        return country + ": " + name + " " + percent.toPlainString() + " %";
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCountry() {
        return country;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
