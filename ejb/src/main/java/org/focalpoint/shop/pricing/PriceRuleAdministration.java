package org.focalpoint.shop.pricing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.SecretariatStaff;
import org.focalpoint.persistence.ConcurrentChange;
import org.focalpoint.persistence.UniqueConstraints;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Secretariat staff keep the price rules: discount rules, the minimum order, the list of Least
 * Developed Countries, promotional codes, shipping zones and tax rules. Each change is checked
 * against the version staff saw and audited once; bad values are refused with nothing written.
 */
@Stateless
public class PriceRuleAdministration {

    private static final Supplier<RuleViolation> ONLY_STAFF = () -> new RuleViolation("shop.pricing.only-staff");
    private static final Supplier<RuleViolation> CHANGED_MEANWHILE =
            () -> new RuleViolation("shop.pricing.changed-meanwhile");
    private static final Supplier<RuleViolation> NO_SUCH_RULE = () -> new RuleViolation("shop.pricing.no-such-rule");
    private static final Supplier<RuleViolation> NO_SUCH_CODE = () -> new RuleViolation("shop.pricing.no-such-code");
    private static final Supplier<RuleViolation> NO_SUCH_ZONE = () -> new RuleViolation("shop.pricing.no-such-zone");
    private static final Supplier<RuleViolation> NO_SUCH_TAX = () -> new RuleViolation("shop.pricing.no-such-tax");
    private static final String CODE_UNIQUE = "promo_code_unique";
    private static final String TAX_COUNTRY_UNIQUE = "tax_rule_country_unique";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretariatStaff secretariat;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<DiscountRule> discountRules(Account actor) {
        secretariat.require(actor, ONLY_STAFF);
        return em.createQuery("select d from DiscountRule d order by d.active desc, d.id", DiscountRule.class).getResultList();
    }

    public DiscountRule createDiscountRule(Account actor, DiscountRuleData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        DiscountRule rule = new DiscountRule(data.checked());
        em.persist(rule);
        em.flush();
        audit.record(staff, null, AuditAction.DISCOUNT_RULE_CREATED, DiscountRule.class, rule.getId(), rule.describe(), null);
        return rule;
    }

    public void editDiscountRule(Account actor, Long ruleId, long seenVersion, DiscountRuleData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        DiscountRuleData clean = data.checked();
        DiscountRule rule = seen(DiscountRule.class, ruleId, seenVersion, NO_SUCH_RULE, DiscountRule::getVersion);
        String before = rule.describe();
        rule.write(clean);
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.DISCOUNT_RULE_EDITED, DiscountRule.class, rule.getId(),
                "was: " + before + "; now: " + rule.describe(), null);
    }

    public void deactivateDiscountRule(Account actor, Long ruleId, long seenVersion) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        DiscountRule rule = seen(DiscountRule.class, ruleId, seenVersion, NO_SUCH_RULE, DiscountRule::getVersion);
        rule.deactivate();
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.DISCOUNT_RULE_DEACTIVATED, DiscountRule.class, rule.getId(),
                rule.describe(), null);
    }

    public MinimumOrder minimumOrder(Account actor) {
        secretariat.require(actor, ONLY_STAFF);
        return em.find(MinimumOrder.class, MinimumOrder.ONLY);
    }

    public void setMinimumOrder(Account actor, long seenVersion, BigDecimal chf) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        MinimumOrder minimum = seen(MinimumOrder.class, MinimumOrder.ONLY, seenVersion, CHANGED_MEANWHILE,
                MinimumOrder::getVersion);
        BigDecimal before = minimum.getAmount();
        minimum.amount(chf);
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.MINIMUM_ORDER_SET, MinimumOrder.class, MinimumOrder.ONLY,
                "was: CHF " + before.toPlainString() + "; now: CHF " + minimum.getAmount().toPlainString(), null);
    }

    /** The Least Developed Countries' codes, in order. */
    public Set<String> leastDevelopedCountries(Account actor) {
        secretariat.require(actor, ONLY_STAFF);
        return storedLeastDeveloped();
    }

    /**
     * The whole list anew, as the United Nations publish it. Staff send the list they changed from
     * {@code seen}: when someone else changed it meanwhile, the change is refused.
     */
    public void setLeastDevelopedCountries(Account actor, Set<String> seen, Set<String> countries) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Set<String> clean = new TreeSet<>(RuleValues.countries(countries));
        // the list is one setting: the minimum order's row, locked, makes two changes of it take turns
        em.find(MinimumOrder.class, MinimumOrder.ONLY, LockModeType.PESSIMISTIC_WRITE);
        Set<String> before = storedLeastDeveloped();
        if (!before.equals(new TreeSet<>(seen))) {
            throw CHANGED_MEANWHILE.get();
        }
        Set<String> added = new TreeSet<>(clean);
        added.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(clean);
        removed.forEach(country -> em.remove(em.find(LeastDevelopedCountry.class, country)));
        added.forEach(country -> em.persist(new LeastDevelopedCountry(country)));
        em.flush();
        audit.record(staff, null, AuditAction.LEAST_DEVELOPED_COUNTRIES_SET, LeastDevelopedCountry.class, null,
                "added: " + added + "; removed: " + removed + "; now " + clean.size() + " countries", null);
    }

    public List<PromoCode> promoCodes(Account actor) {
        secretariat.require(actor, ONLY_STAFF);
        return em.createQuery("select p from PromoCode p order by p.active desc, p.code", PromoCode.class).getResultList();
    }

    public PromoCode createPromoCode(Account actor, PromoCodeData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        PromoCodeData clean = data.checked();
        if (!em.createNamedQuery("PromoCode.byCode", PromoCode.class).setParameter("code", clean.code())
                .getResultList().isEmpty()) {
            throw new RuleViolation("shop.pricing.code-taken", clean.code());
        }
        PromoCode code = new PromoCode(clean, clock.instant());
        em.persist(code);
        flushOrTaken(CODE_UNIQUE, () -> new RuleViolation("shop.pricing.code-taken", clean.code()));
        audit.record(staff, null, AuditAction.PROMO_CODE_CREATED, PromoCode.class, code.getId(), code.describe(), null);
        return code;
    }

    /** Its terms anew; the code as typed stays what it was, since buyers have it. */
    public void editPromoCode(Account actor, Long codeId, long seenVersion, PromoCodeData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        PromoCode code = seen(PromoCode.class, codeId, seenVersion, NO_SUCH_CODE, PromoCode::getVersion);
        PromoCodeData clean = new PromoCodeData(code.getCode(), data.kind(), data.value(), data.validFrom(),
                data.validTo(), data.totalUses(), data.usesPerAccount(), data.categories(), data.formats(),
                data.productNumbers(), data.minimumOrder(), data.combinable()).checked();
        String before = code.describe();
        code.write(clean);
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.PROMO_CODE_EDITED, PromoCode.class, code.getId(),
                "was: " + before + "; now: " + code.describe(), null);
    }

    public void deactivatePromoCode(Account actor, Long codeId, long seenVersion) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        PromoCode code = seen(PromoCode.class, codeId, seenVersion, NO_SUCH_CODE, PromoCode::getVersion);
        code.deactivate();
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.PROMO_CODE_DEACTIVATED, PromoCode.class, code.getId(), code.describe(), null);
    }

    public List<ShippingZone> shippingZones(Account actor) {
        secretariat.require(actor, ONLY_STAFF);
        return zones();
    }

    public ShippingZone createShippingZone(Account actor, ShippingZoneData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        ShippingZoneData clean = data.checked();
        checkCountries(null, clean.countries());
        ShippingZone zone = new ShippingZone(clean);
        em.persist(zone);
        flushOrTaken("shipping_zone_country_unique", CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.SHIPPING_ZONE_CREATED, ShippingZone.class, zone.getId(), zone.describe(), null);
        return zone;
    }

    public void editShippingZone(Account actor, Long zoneId, long seenVersion, ShippingZoneData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        ShippingZone zone = seen(ShippingZone.class, zoneId, seenVersion, NO_SUCH_ZONE, ShippingZone::getVersion);
        ShippingZoneData clean = data.checked();
        if (zone.isRestOfWorld() && !clean.countries().isEmpty()) {
            throw new RuleViolation("shop.pricing.rest-of-world-no-countries");
        }
        checkCountries(zone, clean.countries());
        String before = zone.describe();
        zone.write(clean);
        flushOrTaken("shipping_zone_country_unique", CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.SHIPPING_ZONE_EDITED, ShippingZone.class, zone.getId(),
                "was: " + before + "; now: " + zone.describe(), null);
    }

    public void removeShippingZone(Account actor, Long zoneId, long seenVersion) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        ShippingZone zone = seen(ShippingZone.class, zoneId, seenVersion, NO_SUCH_ZONE, ShippingZone::getVersion);
        if (zone.isRestOfWorld()) {
            throw new RuleViolation("shop.pricing.rest-of-world-stays");
        }
        String described = zone.describe();
        em.remove(zone);
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.SHIPPING_ZONE_REMOVED, ShippingZone.class, zoneId, described, null);
    }

    public List<TaxRule> taxRules(Account actor) {
        secretariat.require(actor, ONLY_STAFF);
        return em.createQuery("select t from TaxRule t order by t.country", TaxRule.class).getResultList();
    }

    public TaxRule createTaxRule(Account actor, TaxRuleData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        TaxRuleData clean = data.checked();
        Supplier<RuleViolation> exists = () -> new RuleViolation("shop.pricing.tax-exists", clean.country());
        if (!em.createQuery("select t from TaxRule t where t.country = :country", TaxRule.class)
                .setParameter("country", clean.country()).getResultList().isEmpty()) {
            throw exists.get();
        }
        TaxRule tax = new TaxRule(clean.country());
        tax.write(clean);
        em.persist(tax);
        flushOrTaken(TAX_COUNTRY_UNIQUE, exists);
        audit.record(staff, null, AuditAction.TAX_RULE_CREATED, TaxRule.class, tax.getId(), tax.describe(), null);
        return tax;
    }

    /** Its name and percentage anew; the country stays. */
    public void editTaxRule(Account actor, Long taxId, long seenVersion, TaxRuleData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        TaxRule tax = seen(TaxRule.class, taxId, seenVersion, NO_SUCH_TAX, TaxRule::getVersion);
        TaxRuleData clean = new TaxRuleData(tax.getCountry(), data.name(), data.percent()).checked();
        String before = tax.describe();
        tax.write(clean);
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.TAX_RULE_EDITED, TaxRule.class, tax.getId(),
                "was: " + before + "; now: " + tax.describe(), null);
    }

    public void removeTaxRule(Account actor, Long taxId, long seenVersion) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        TaxRule tax = seen(TaxRule.class, taxId, seenVersion, NO_SUCH_TAX, TaxRule::getVersion);
        String described = tax.describe();
        em.remove(tax);
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.TAX_RULE_REMOVED, TaxRule.class, taxId, described, null);
    }

    /** A zone (other than {@code zone}) names none of {@code countries}; a zone other than the rest of the world names some. */
    private void checkCountries(ShippingZone zone, Set<String> countries) {
        if (countries.isEmpty() && (zone == null || !zone.isRestOfWorld())) {
            throw new RuleViolation("shop.pricing.zone-needs-countries");
        }
        for (ShippingZone other : zones()) {
            if (other != zone) {
                for (String country : new TreeSet<>(countries)) {
                    if (other.getCountries().contains(country)) {
                        throw new RuleViolation("shop.pricing.country-in-another-zone", country, other.getName());
                    }
                }
            }
        }
    }

    private List<ShippingZone> zones() {
        return em.createQuery("select z from ShippingZone z order by z.restOfWorld, z.id", ShippingZone.class).getResultList();
    }

    private Set<String> storedLeastDeveloped() {
        return new TreeSet<>(em.createQuery("select c.country from LeastDevelopedCountry c", String.class).getResultList());
    }

    private <T> T seen(Class<T> type, Long id, long seenVersion, Supplier<RuleViolation> missing,
                       ToLongFunction<T> version) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw missing.get();
        }
        if (version.applyAsLong(found) != seenVersion) {
            throw CHANGED_MEANWHILE.get();
        }
        return found;
    }

    /** A unique value taken a moment ago, in a transaction our check could not see yet, is refused as the check would have. */
    private void flushOrTaken(String constraint, Supplier<RuleViolation> refusal) {
        try {
            ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        } catch (PersistenceException failure) {
            if (UniqueConstraints.violated(failure, constraint)) {
                throw refusal.get();
            }
            throw failure;
        }
    }
}
