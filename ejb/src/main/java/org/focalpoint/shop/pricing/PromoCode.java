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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.RuleViolation;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.ShopCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A promotional code: a percentage or an amount in CHF off, valid between two days (both
 * inclusive, either open), for a number of uses in all and per account, perhaps only for some
 * categories, formats or publications and from a minimum order. It counts its uses itself, so that
 * the limit is one row to lock.
 */
@Entity
@Table(name = "promo_code")
@NamedQuery(name = "PromoCode.byCode", query = "select p from PromoCode p where p.code = :code")
public class PromoCode {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9-]{3,30}");

    @Id
    @SequenceGenerator(name = "promo_code_seq", sequenceName = "promo_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promo_code_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 30)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PromoKind kind;

    /** The percentage, or the amount in CHF. */
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "total_uses")
    private Integer totalUses;

    @Column(name = "uses_per_account")
    private Integer usesPerAccount;

    @Column(name = "uses_counted", nullable = false)
    private int usesCounted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promo_code_category", joinColumns = @JoinColumn(name = "promo_code_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private Set<ShopCategory> categories = EnumSet.noneOf(ShopCategory.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promo_code_format", joinColumns = @JoinColumn(name = "promo_code_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "format")
    private Set<EditionFormat> formats = EnumSet.noneOf(EditionFormat.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promo_code_publication", joinColumns = @JoinColumn(name = "promo_code_id"))
    @Column(name = "product_number")
    private Set<String> productNumbers = new HashSet<>();

    @Column(name = "minimum_order_chf", precision = 10, scale = 2)
    private BigDecimal minimumOrder;

    private boolean combinable;

    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PromoCode() {
    }

    PromoCode(PromoCodeData clean, Instant now) {
        this.code = clean.code();
        this.createdAt = now;
        write(clean);
    }

    /** A code as stored: typed in any case, around spaces; null when it cannot be a code at all. */
    static String normalized(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return FORM.matcher(code).matches() ? code : null;
    }

    static String checkedCode(String typed) {
        String code = normalized(typed);
        if (code == null) {
            throw new RuleViolation("shop.pricing.code-form", typed == null ? "" : typed.strip());
        }
        return code;
    }

    /** What {@link PromoCodeData#checked} left; the code itself stays. Fewer uses than counted are refused. */
    void write(PromoCodeData clean) {
        if (clean.totalUses() != null && clean.totalUses() < usesCounted) {
            throw new RuleViolation("shop.pricing.uses-below-counted", code, usesCounted);
        }
        this.kind = clean.kind();
        this.amount = clean.value();
        this.validFrom = clean.validFrom();
        this.validTo = clean.validTo();
        this.totalUses = clean.totalUses();
        this.usesPerAccount = clean.usesPerAccount();
        this.categories = clean.categories().isEmpty() ? EnumSet.noneOf(ShopCategory.class) : EnumSet.copyOf(clean.categories());
        this.formats = clean.formats().isEmpty() ? EnumSet.noneOf(EditionFormat.class) : EnumSet.copyOf(clean.formats());
        this.productNumbers = new HashSet<>(clean.productNumbers());
        this.minimumOrder = clean.minimumOrder();
        this.combinable = clean.combinable();
    }

    void deactivate() {
        if (!active) {
            throw new RuleViolation("shop.pricing.code-already-inactive", code);
        }
        active = false;
    }

    void count() {
        usesCounted++;
    }

    void giveBack() {
        usesCounted--;
    }

    /** Its terms as the calculation reads them. */
    public PromoTerms terms() {
        return new PromoTerms(code, kind, amount, validFrom, validTo, totalUses, usesPerAccount, categories, formats,
                productNumbers, minimumOrder, combinable, active);
    }

    /** For the audit trail. */
    String describe() {
        return code + ": " + (kind == PromoKind.PERCENT ? amount.toPlainString() + " %" : "CHF " + amount.toPlainString())
                + ", valid " + (validFrom == null ? "" : "from " + validFrom + " ") + (validTo == null ? "" : "to " + validTo)
                + ", uses " + (totalUses == null ? "unlimited" : totalUses) + " in all, "
                + (usesPerAccount == null ? "unlimited" : usesPerAccount) + " per account"
                + (categories.isEmpty() ? "" : ", categories " + categories)
                + (formats.isEmpty() ? "" : ", formats " + formats)
                + (productNumbers.isEmpty() ? "" : ", publications " + new TreeSet<>(productNumbers))
                + (minimumOrder == null ? "" : ", from CHF " + minimumOrder.toPlainString())
                + (combinable ? ", combinable with a member discount" : "") + (active ? "" : ", inactive");
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public int getUsesCounted() {
        return usesCounted;
    }

    public boolean isActive() {
        return active;
    }
}
