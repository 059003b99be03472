package org.focalpoint.shop.pricing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.RuleViolation;
import org.focalpoint.organizations.MembershipCategory;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * A member discount: a percentage off for organizations of some membership categories, perhaps
 * only those of a Least Developed Country, perhaps only on PDF editions. A rule no longer wanted is
 * deactivated, not deleted, so that the audit trail keeps naming it.
 */
@Entity
@Table(name = "discount_rule")
public class DiscountRule {

    static final int NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "discount_rule_seq", sequenceName = "discount_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discount_rule_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "discount_rule_category", joinColumns = @JoinColumn(name = "discount_rule_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private Set<MembershipCategory> categories = EnumSet.noneOf(MembershipCategory.class);

    @Column(name = "least_developed_only")
    private boolean leastDevelopedOnly;

    @Column(name = "electronic_only")
    private boolean electronicOnly;

    private boolean active = true;

    protected DiscountRule() {
    }

    DiscountRule(DiscountRuleData clean) {
        write(clean);
    }

    /** What {@link DiscountRuleData#checked} left. */
    void write(DiscountRuleData clean) {
        this.name = clean.name();
        this.percent = clean.percent();
        this.categories = EnumSet.copyOf(clean.categories());
        this.leastDevelopedOnly = clean.leastDevelopedOnly();
        this.electronicOnly = clean.electronicOnly();
    }

    void deactivate() {
        if (!active) {
            throw new RuleViolation("shop.pricing.rule-already-inactive", name);
        }
        active = false;
    }

    PriceRules.Discount terms() {
        return new PriceRules.Discount(name, percent, categories, leastDevelopedOnly, electronicOnly);
    }

    /** For the audit trail. */
    String describe() {
        return name + ": " + percent.toPlainString() + " % for " + categories
                + (leastDevelopedOnly ? ", Least Developed Countries only" : "")
                + (electronicOnly ? ", PDF only" : "") + (active ? "" : ", inactive");
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public Set<MembershipCategory> getCategories() {
        return Set.copyOf(categories);
    }

    public boolean isLeastDevelopedOnly() {
        return leastDevelopedOnly;
    }

    public boolean isElectronicOnly() {
        return electronicOnly;
    }

    public boolean isActive() {
        return active;
    }
}
