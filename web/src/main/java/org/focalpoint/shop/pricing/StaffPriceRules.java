package org.focalpoint.shop.pricing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Countries;
import org.focalpoint.faces.OrganizationPicking;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The member discounts, the minimum order they start at and the Least Developed Countries, as
 * staff keep them: a discount chosen from the list is edited in the form below it, or a new one
 * added; each save sends the version (or the list) staff saw, so that someone else's change in
 * between is refused rather than overwritten.
 */
@Named
@ViewScoped
public class StaffPriceRules implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final FieldRefusals DISCOUNT_REFUSALS = new FieldRefusals(Map.of(
            "shop.pricing.enter-name", "discount:name",
            "shop.pricing.name-too-long", "discount:name",
            "shop.pricing.percent-range", "discount:percent",
            "shop.pricing.percent-decimals", "discount:percent",
            "shop.pricing.choose-categories", "discount:categories"));

    private static final FieldRefusals MINIMUM_REFUSALS = new FieldRefusals(Map.of(
            "shop.pricing.amount-not-negative", "minimum:amount",
            "shop.pricing.amount-in-centimes", "minimum:amount"));

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PriceRuleAdministration administration;

    @Inject
    private PageWords words;

    private boolean open;
    private List<DiscountRuleRow> discounts = List.of();

    private Long ruleId;
    private long ruleVersion;
    private String name;
    private BigDecimal percent;
    private MembershipCategory[] categories = new MembershipCategory[0];
    private boolean leastDevelopedOnly;
    private boolean electronicOnly;

    private long minimumVersion;
    private BigDecimal minimumOrder;
    private BigDecimal minimumShown;

    private Set<String> leastDevelopedSeen = Set.of();
    private String[] leastDeveloped = new String[0];

    @PostConstruct
    void load() {
        try {
            loadDiscounts();
            loadMinimum();
            loadLeastDeveloped();
            open = true;
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    private void loadDiscounts() {
        discounts = administration.discountRules(currentAccount.get()).stream().map(DiscountRuleRow::of).toList();
        if (ruleId != null) {
            discounts.stream().filter(r -> r.id().equals(ruleId)).findFirst().ifPresent(this::choose);
        }
    }

    private void loadMinimum() {
        MinimumOrder minimum = administration.minimumOrder(currentAccount.get());
        minimumVersion = minimum.getVersion();
        minimumOrder = minimum.getAmount();
        minimumShown = minimum.getAmount();
    }

    private void loadLeastDeveloped() {
        leastDevelopedSeen = administration.leastDevelopedCountries(currentAccount.get());
        leastDeveloped = leastDevelopedSeen.toArray(String[]::new);
    }

    /** Shows the discount in the form. */
    public void choose(DiscountRuleRow rule) {
        ruleId = rule.id();
        ruleVersion = rule.version();
        name = rule.name();
        percent = rule.percent();
        categories = rule.categories().stream().sorted().toArray(MembershipCategory[]::new);
        leastDevelopedOnly = rule.leastDevelopedOnly();
        electronicOnly = rule.electronicOnly();
    }

    /** An empty form, for a new discount. */
    public void startNew() {
        ruleId = null;
        ruleVersion = 0;
        name = null;
        percent = null;
        categories = new MembershipCategory[0];
        leastDevelopedOnly = false;
        electronicOnly = false;
    }

    public void saveDiscount() {
        Set<MembershipCategory> chosen = categories == null || categories.length == 0
                ? EnumSet.noneOf(MembershipCategory.class) : EnumSet.copyOf(Arrays.asList(categories));
        DiscountRuleData data = new DiscountRuleData(name, percent, chosen, leastDevelopedOnly, electronicOnly);
        try {
            if (ruleId == null) {
                ruleId = administration.createDiscountRule(currentAccount.get(), data).getId();
                PageMessages.info("staff-prices.discount-added", data.name().strip());
            } else {
                administration.editDiscountRule(currentAccount.get(), ruleId, ruleVersion, data);
                PageMessages.info("staff-prices.discount-saved", data.name().strip());
            }
            loadDiscounts();
        } catch (RuleViolation refused) {
            DISCOUNT_REFUSALS.show(refused);
        }
    }

    public void deactivateDiscount() {
        try {
            administration.deactivateDiscountRule(currentAccount.get(), ruleId, ruleVersion);
            PageMessages.info("staff-prices.discount-deactivated", getDiscount().name());
            loadDiscounts();
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void saveMinimumOrder() {
        try {
            administration.setMinimumOrder(currentAccount.get(), minimumVersion, minimumOrder);
            loadMinimum();
            PageMessages.info("staff-prices.minimum-order-saved", minimumShown);
        } catch (RuleViolation refused) {
            MINIMUM_REFUSALS.show(refused);
        }
    }

    public void saveLeastDeveloped() {
        try {
            Set<String> chosen = leastDeveloped == null ? Set.of() : Set.of(leastDeveloped);
            administration.setLeastDevelopedCountries(currentAccount.get(), leastDevelopedSeen, chosen);
            loadLeastDeveloped();
            PageMessages.info("staff-prices.least-developed-saved", leastDevelopedSeen.size());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    /** The discount the form shows, when it shows one already stored. */
    public DiscountRuleRow getDiscount() {
        return ruleId == null ? null : discounts.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElse(null);
    }

    /** The countries' names, in the order of the names. */
    public String countryNames(Collection<String> codes) {
        return codes.stream().map(Countries::name).sorted()
                .collect(Collectors.joining(words.text("shop.list-separator")));
    }

    public List<SelectItem> getCountries() {
        return OrganizationPicking.COUNTRIES;
    }

    public List<MembershipCategory> getAllCategories() {
        return List.of(MembershipCategory.values());
    }

    public boolean isOpen() {
        return open;
    }

    public List<DiscountRuleRow> getDiscounts() {
        return discounts;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public MembershipCategory[] getCategories() {
        return categories;
    }

    public void setCategories(MembershipCategory[] categories) {
        this.categories = categories;
    }

    public boolean isLeastDevelopedOnly() {
        return leastDevelopedOnly;
    }

    public void setLeastDevelopedOnly(boolean leastDevelopedOnly) {
        this.leastDevelopedOnly = leastDevelopedOnly;
    }

    public boolean isElectronicOnly() {
        return electronicOnly;
    }

    public void setElectronicOnly(boolean electronicOnly) {
        this.electronicOnly = electronicOnly;
    }

    public BigDecimal getMinimumOrder() {
        return minimumOrder;
    }

    public void setMinimumOrder(BigDecimal minimumOrder) {
        this.minimumOrder = minimumOrder;
    }

    public BigDecimal getMinimumShown() {
        return minimumShown;
    }

    public Set<String> getLeastDevelopedSeen() {
        return new TreeSet<>(leastDevelopedSeen);
    }

    public String[] getLeastDeveloped() {
        return leastDeveloped;
    }

    public void setLeastDeveloped(String[] leastDeveloped) {
        this.leastDeveloped = leastDeveloped;
    }
}
