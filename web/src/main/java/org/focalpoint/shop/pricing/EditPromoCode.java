package org.focalpoint.shop.pricing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.ShopCategory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff create a promotional code or change its terms (its code stays, since buyers have it). The
 * form keeps the version it read, so that a change saved by someone else in between is refused.
 */
@Named
@ViewScoped
public class EditPromoCode implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The field each refusal is about, where the form shows it. */
    private static final FieldRefusals REFUSALS = new FieldRefusals(Map.ofEntries(
            Map.entry("shop.pricing.code-form", "promo:code"),
            Map.entry("shop.pricing.code-taken", "promo:code"),
            Map.entry("shop.pricing.choose-kind", "promo:kind"),
            Map.entry("shop.pricing.percent-range", "promo:value"),
            Map.entry("shop.pricing.percent-decimals", "promo:value"),
            Map.entry("shop.pricing.amount-positive", "promo:value"),
            Map.entry("shop.pricing.valid-to-before-from", "promo:validTo"),
            Map.entry("shop.pricing.uses-below-counted", "promo:totalUses"),
            Map.entry("shop.product-number-nine-digits", "promo:publications")));

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PriceRuleAdministration administration;

    private Long id;
    private long version;
    private boolean open;
    private int usesCounted;

    private String code;
    private PromoKind kind = PromoKind.PERCENT;
    private BigDecimal value;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Integer totalUses;
    private Integer usesPerAccount;
    private ShopCategory[] categories = new ShopCategory[0];
    private EditionFormat[] formats = new EditionFormat[0];
    private String publications;
    private BigDecimal minimumOrder;
    private boolean combinable;

    /** Without an id the form is empty, for a new code. */
    public void open() {
        if (id != null) {
            try {
                PromoCodeRow row = administration.promoCodes(currentAccount.get()).stream()
                        .filter(c -> c.getId().equals(id)).findFirst().map(PromoCodeRow::of)
                        .orElseThrow(() -> new RuleViolation("shop.pricing.no-such-code"));
                fill(row);
            } catch (RuleViolation refused) {
                PageMessages.error(refused);
                return;
            }
        }
        open = true;
    }

    private void fill(PromoCodeRow row) {
        version = row.version();
        usesCounted = row.usesCounted();
        code = row.code();
        kind = row.kind();
        value = row.value();
        validFrom = row.validFrom();
        validTo = row.validTo();
        totalUses = row.totalUses();
        usesPerAccount = row.usesPerAccount();
        categories = row.categories().stream().sorted().toArray(ShopCategory[]::new);
        formats = row.formats().stream().sorted().toArray(EditionFormat[]::new);
        publications = String.join(" ", row.productNumbers());
        minimumOrder = row.minimumOrder();
        combinable = row.combinable();
    }

    private PromoCodeData data() {
        Set<String> productNumbers = publications == null ? Set.of()
                : Arrays.stream(publications.split("[,;\\s]+")).filter(n -> !n.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        return new PromoCodeData(code, kind, value, validFrom, validTo, totalUses, usesPerAccount, setOf(categories),
                setOf(formats), productNumbers, minimumOrder, combinable);
    }

    private static <T> Set<T> setOf(T[] chosen) {
        return chosen == null ? Set.of() : Set.of(chosen);
    }

    public String save() {
        try {
            if (id == null) {
                PromoCode created = administration.createPromoCode(currentAccount.get(), data());
                PageMessages.infoAfterRedirect("staff-promo-code.created", created.getCode());
            } else {
                administration.editPromoCode(currentAccount.get(), id, version, data());
                PageMessages.infoAfterRedirect("staff-promo-code.saved", code);
            }
            return "/staff/promo-codes?faces-redirect=true";
        } catch (RuleViolation refused) {
            REFUSALS.show(refused);
            return null;
        }
    }

    public List<PromoKind> getKinds() {
        return List.of(PromoKind.values());
    }

    public List<ShopCategory> getAllCategories() {
        return List.of(ShopCategory.values());
    }

    public List<EditionFormat> getAllFormats() {
        return List.of(EditionFormat.values());
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isExisting() {
        return id != null;
    }

    public int getUsesCounted() {
        return usesCounted;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PromoKind getKind() {
        return kind;
    }

    public void setKind(PromoKind kind) {
        this.kind = kind;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Integer getTotalUses() {
        return totalUses;
    }

    public void setTotalUses(Integer totalUses) {
        this.totalUses = totalUses;
    }

    public Integer getUsesPerAccount() {
        return usesPerAccount;
    }

    public void setUsesPerAccount(Integer usesPerAccount) {
        this.usesPerAccount = usesPerAccount;
    }

    public ShopCategory[] getCategories() {
        return categories;
    }

    public void setCategories(ShopCategory[] categories) {
        this.categories = categories;
    }

    public EditionFormat[] getFormats() {
        return formats;
    }

    public void setFormats(EditionFormat[] formats) {
        this.formats = formats;
    }

    public String getPublications() {
        return publications;
    }

    public void setPublications(String publications) {
        this.publications = publications;
    }

    public BigDecimal getMinimumOrder() {
        return minimumOrder;
    }

    public void setMinimumOrder(BigDecimal minimumOrder) {
        this.minimumOrder = minimumOrder;
    }

    public boolean isCombinable() {
        return combinable;
    }

    public void setCombinable(boolean combinable) {
        this.combinable = combinable;
    }
}
