package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.Countries;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.ShopCategory;
import org.focalpoint.shop.pricing.Buyer;
import org.focalpoint.shop.pricing.DiscountRule;
import org.focalpoint.shop.pricing.DiscountRuleData;
import org.focalpoint.shop.pricing.MinimumOrder;
import org.focalpoint.shop.pricing.PriceQuote;
import org.focalpoint.shop.pricing.PriceReason;
import org.focalpoint.shop.pricing.PriceRuleAdministration;
import org.focalpoint.shop.pricing.PriceRules;
import org.focalpoint.shop.pricing.PriceRulesReading;
import org.focalpoint.shop.pricing.PricedItem;
import org.focalpoint.shop.pricing.Pricing;
import org.focalpoint.shop.pricing.PromoCode;
import org.focalpoint.shop.pricing.PromoCodeData;
import org.focalpoint.shop.pricing.PromoCodes;
import org.focalpoint.shop.pricing.PromoKind;
import org.focalpoint.shop.pricing.ShippingZone;
import org.focalpoint.shop.pricing.ShippingZoneData;
import org.focalpoint.shop.pricing.TaxRule;
import org.focalpoint.shop.pricing.TaxRuleData;
import org.focalpoint.time.TimeZones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Promotional codes counted exactly, whoever races for their last use, and given back; the price
 * rules kept by staff alone, every change audited, bad values refused with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class PromoCodeIT {

    private static final String ONLY_STAFF = "Only secretariat staff can manage the shop's prices and promotional codes.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** Order ids: the orders' table comes later, so any id will do, as long as reruns never repeat one. */
    private static final AtomicLong ORDERS = new AtomicLong(System.currentTimeMillis() * 1000);

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Inject
    PromoCodes codes;

    @Inject
    PriceRuleAdministration administration;

    @Inject
    PriceRulesReading reading;

    @Inject
    AuditLog audit;

    private Account staff() throws Exception {
        tx.begin();
        Account staff = TestData.staff(em);
        tx.commit();
        return staff;
    }

    private Account person(String who) throws Exception {
        tx.begin();
        Account account = TestData.activeAccount(em, TestData.uniqueEmail(who));
        tx.commit();
        return account;
    }

    private static String newCode() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static PromoCodeData percentOff(String code, Integer totalUses, Integer perAccount) {
        return new PromoCodeData(code, PromoKind.PERCENT, new BigDecimal("10"), null, null, totalUses, perAccount,
                Set.of(), Set.of(), Set.of(), null, false);
    }

    private PromoCode stored(Long id) {
        em.clear();
        return em.find(PromoCode.class, id);
    }

    private long counted(PromoCode code) {
        return em.createQuery("select count(u) from PromoCodeUse u where u.promoCode.id = :code and u.givenBackAt is null",
                Long.class).setParameter("code", code.getId()).getSingleResult();
    }

    private String everything() {
        return em.createQuery("select count(p) from PromoCode p", Long.class).getSingleResult() + " codes, "
                + em.createQuery("select count(d) from DiscountRule d", Long.class).getSingleResult() + " rules, "
                + em.createQuery("select count(z) from ShippingZone z", Long.class).getSingleResult() + " zones, "
                + em.createQuery("select count(t) from TaxRule t", Long.class).getSingleResult() + " taxes, "
                + em.createQuery("select count(u) from PromoCodeUse u", Long.class).getSingleResult() + " uses, "
                + em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult() + " audit entries, "
                + "minimum " + reading.current().minimumOrder();
    }

    private static void refused(String expected, Executable call) {
        assertEquals(expected, assertThrows(RuleViolation.class, call).getMessage());
    }

    @Test
    void twoAccountsRaceForTheLastUseAndExactlyOneGetsIt() throws Exception {
        PromoCode code = administration.createPromoCode(staff(), percentOff(newCode(), 1, null));
        Account ann = person("ann");
        Account bob = person("bob");
        Instant now = Instant.now();

        Race.Outcome<Long> race = Race.run(executor,
                () -> codes.claim(code.getCode(), ann, ORDERS.incrementAndGet(), now).getId(),
                () -> codes.claim(code.getCode().toLowerCase(), bob, ORDERS.incrementAndGet(), now).getId());

        assertEquals(1, race.stood().size(), race.toString());
        assertEquals(List.of("The promotional code " + code.getCode() + " has been used as often as it may be."),
                race.refused());
        assertEquals(1, stored(code.getId()).getUsesCounted());
        assertEquals(1, counted(code));
    }

    @Test
    void anAccountUsesACodeAsOftenAsItMayAndNoMore() throws Exception {
        PromoCode code = administration.createPromoCode(staff(), percentOff(newCode(), null, 1));
        Account ann = person("ann");
        Account bob = person("bob");
        Instant now = Instant.now();

        codes.claim(code.getCode(), ann, ORDERS.incrementAndGet(), now);
        refused("You have used the promotional code " + code.getCode() + " as often as one account may (1).",
                () -> codes.claim(code.getCode(), ann, ORDERS.incrementAndGet(), now));
        codes.claim(code.getCode(), bob, ORDERS.incrementAndGet(), now);

        assertEquals(2, stored(code.getId()).getUsesCounted());
        assertEquals(1, codes.entry(code.getCode(), ann).usage().byAccount());
        assertEquals(2, codes.entry(code.getCode(), ann).usage().total());
    }

    @Test
    void aCancelledOrderGivesItsUseBackOnce() throws Exception {
        PromoCode code = administration.createPromoCode(staff(), percentOff(newCode(), 1, 1));
        Account ann = person("ann");
        Account bob = person("bob");
        Instant now = Instant.now();
        long annsOrder = ORDERS.incrementAndGet();
        codes.claim(code.getCode(), ann, annsOrder, now);
        refused("The promotional code " + code.getCode() + " has been used as often as it may be.",
                () -> codes.claim(code.getCode(), bob, ORDERS.incrementAndGet(), now));

        assertTrue(codes.giveBack(annsOrder, now.plusSeconds(60)));
        assertFalse(codes.giveBack(annsOrder, now.plusSeconds(120)), "given back once only");
        assertEquals(0, stored(code.getId()).getUsesCounted());
        codes.claim(code.getCode(), bob, ORDERS.incrementAndGet(), now.plusSeconds(180));

        assertEquals(1, stored(code.getId()).getUsesCounted());
        assertEquals(1, counted(code));
        assertEquals(0, codes.entry(code.getCode(), ann).usage().byAccount(), "Ann's use was given back");
    }

    @Test
    void aCodeIsRefusedOutsideItsDaysAndWhenWithdrawnOrUnknown() throws Exception {
        Account staff = staff();
        Account ann = person("ann");
        LocalDate today = LocalDate.now(TimeZones.DEFAULT);
        PromoCode later = administration.createPromoCode(staff, new PromoCodeData(newCode(), PromoKind.AMOUNT,
                new BigDecimal("5.00"), today.plusDays(2), null, null, null, Set.of(), Set.of(), Set.of(), null, true));
        PromoCode withdrawn = administration.createPromoCode(staff, percentOff(newCode(), null, null));
        administration.deactivatePromoCode(staff, withdrawn.getId(), withdrawn.getVersion());
        String before = everything();

        refused("The promotional code " + later.getCode() + " is valid from " + today.plusDays(2).format(DAY) + ".",
                () -> codes.claim(later.getCode(), ann, ORDERS.incrementAndGet(), Instant.now()));
        refused("The promotional code " + withdrawn.getCode() + " is no longer offered.",
                () -> codes.claim(withdrawn.getCode(), ann, ORDERS.incrementAndGet(), Instant.now()));
        refused("There is no promotional code “no such code”.",
                () -> codes.claim("no such code", ann, ORDERS.incrementAndGet(), Instant.now()));
        assertEquals(before, everything());
    }

    @Test
    void someoneWhoIsNotStaffChangesNoRule() throws Exception {
        Account ann = person("not-staff");
        PriceRules rules = reading.current();
        String before = everything();

        refused(ONLY_STAFF, () -> administration.createPromoCode(ann, percentOff(newCode(), null, null)));
        refused(ONLY_STAFF, () -> administration.createDiscountRule(ann, new DiscountRuleData("Everyone",
                new BigDecimal("50"), Set.of(MembershipCategory.NON_MEMBER), false, false)));
        refused(ONLY_STAFF, () -> administration.setMinimumOrder(ann, 1, BigDecimal.ZERO));
        refused(ONLY_STAFF, () -> administration.setLeastDevelopedCountries(ann, rules.leastDevelopedCountries(), Set.of()));
        refused(ONLY_STAFF, () -> administration.createTaxRule(ann, new TaxRuleData("FR", "VAT", new BigDecimal("20"))));
        refused(ONLY_STAFF, () -> administration.promoCodes(ann));
        refused(ONLY_STAFF, () -> administration.createPromoCode(null, percentOff(newCode(), null, null)));

        assertEquals(before, everything());
        assertEquals(rules, reading.current());
    }

    @Test
    void badValuesAreRefusedWithNothingWritten() throws Exception {
        Account staff = staff();
        PromoCode taken = administration.createPromoCode(staff, percentOff(newCode(), null, null));
        LocalDate today = LocalDate.now(TimeZones.DEFAULT);
        String before = everything();

        refused("A percentage must be more than 0 and at most 100; “-5” is not.", () -> administration.createDiscountRule(
                staff, new DiscountRuleData("Negative", new BigDecimal("-5"), Set.of(MembershipCategory.ACADEMIA), false, true)));
        refused("A percentage must be more than 0 and at most 100; “100.01” is not.", () -> administration.createDiscountRule(
                staff, new DiscountRuleData("Over", new BigDecimal("100.01"), Set.of(MembershipCategory.ACADEMIA), false, true)));
        refused("Please choose the membership categories the discount is for.", () -> administration.createDiscountRule(
                staff, new DiscountRuleData("Nobody", new BigDecimal("10"), Set.of(), false, false)));
        refused("A percentage must be more than 0 and at most 100; “150” is not.",
                () -> administration.createPromoCode(staff, new PromoCodeData(newCode(), PromoKind.PERCENT,
                        new BigDecimal("150"), null, null, null, null, Set.of(), Set.of(), Set.of(), null, false)));
        refused("An amount in CHF must be 0 or more; “-5.00” is not.",
                () -> administration.createPromoCode(staff, new PromoCodeData(newCode(), PromoKind.AMOUNT,
                        new BigDecimal("-5.00"), null, null, null, null, Set.of(), Set.of(), Set.of(), null, false)));
        refused("A code valid from " + today.format(DAY) + " cannot be valid only until " + today.minusDays(1).format(DAY)
                        + ": the last day comes before the first.",
                () -> administration.createPromoCode(staff, new PromoCodeData(newCode(), PromoKind.PERCENT,
                        new BigDecimal("10"), today, today.minusDays(1), null, null, Set.of(ShopCategory.ITU_T),
                        Set.of(EditionFormat.PDF), Set.of(), null, false)));
        refused("A number of uses must be at least 1; leave it empty for no limit.",
                () -> administration.createPromoCode(staff, percentOff(newCode(), 0, null)));
        refused("A promotional code is 3 to 30 letters, digits or hyphens; “half off!” is not one.",
                () -> administration.createPromoCode(staff, percentOff("half off!", null, null)));
        refused("There is a promotional code " + taken.getCode() + " already.",
                () -> administration.createPromoCode(staff, percentOff(taken.getCode().toLowerCase(), null, null)));
        refused("An amount in CHF must be 0 or more; “-1” is not.",
                () -> administration.setMinimumOrder(staff, administration.minimumOrder(staff).getVersion(), new BigDecimal("-1")));
        refused("“XX” is not a country code: two letters of ISO 3166, such as CH.", () -> administration
                .setLeastDevelopedCountries(staff, reading.current().leastDevelopedCountries(), Set.of("NP", "xx")));
        refused("FR is in the shipping zone “Europe” already.", () -> administration.createShippingZone(staff,
                new ShippingZoneData("France", Set.of("FR"), new BigDecimal("9.00"), new BigDecimal("3.00"))));
        refused("A percentage must be more than 0 and at most 100; “0” is not.",
                () -> administration.createTaxRule(staff, new TaxRuleData("FR", "VAT", BigDecimal.ZERO)));

        assertEquals(before, everything());
    }

    @Test
    void theDefaultsAreITUsAndEveryChangeIsAudited() throws Exception {
        Account staff = staff();
        PriceRules rules = reading.current();
        assertEquals(new BigDecimal("20.00"), rules.minimumOrder());
        assertEquals(44, rules.leastDevelopedCountries().size());
        assertTrue(rules.leastDevelopedCountries().stream().allMatch(Countries::isKnown), rules.leastDevelopedCountries().toString());
        assertEquals(List.of(new PriceRules.Discount("Member States and Sector Members", new BigDecimal("15.00"),
                        Set.of(MembershipCategory.MEMBER_STATE, MembershipCategory.SECTOR_MEMBER), false, false),
                new PriceRules.Discount("Administrations of Least Developed Countries", new BigDecimal("80.00"),
                        Set.of(MembershipCategory.MEMBER_STATE), true, true),
                new PriceRules.Discount("Educational institutions (Academia)", new BigDecimal("80.00"),
                        Set.of(MembershipCategory.ACADEMIA), false, true)), rules.discounts().subList(0, 3));
        assertEquals(List.of("Switzerland and Liechtenstein", "Europe", "Rest of the world"),
                rules.zones().stream().map(PriceRules.Zone::name).toList().subList(0, 3));

        DiscountRule rule = administration.createDiscountRule(staff, new DiscountRuleData("  IT partners ",
                new BigDecimal("5"), Set.of(MembershipCategory.ASSOCIATE), false, false));
        administration.editDiscountRule(staff, rule.getId(), rule.getVersion(), new DiscountRuleData("IT partners",
                new BigDecimal("7.5"), Set.of(MembershipCategory.ASSOCIATE), false, true));
        refused("Someone else changed this in the meantime. Please look at it again and repeat your change.",
                () -> administration.deactivateDiscountRule(staff, rule.getId(), rule.getVersion()));
        administration.deactivateDiscountRule(staff, rule.getId(), rule.getVersion() + 1);
        assertFalse(reading.current().discounts().stream().anyMatch(d -> d.name().equals("IT partners")));

        PromoCode code = administration.createPromoCode(staff, percentOff(newCode(), 10, null));
        administration.editPromoCode(staff, code.getId(), code.getVersion(), new PromoCodeData("ignored", PromoKind.AMOUNT,
                new BigDecimal("12.50"), null, null, 20, 2, Set.of(ShopCategory.ITU_D), Set.of(), Set.of("100043228"),
                new BigDecimal("30"), true));
        assertEquals(code.getCode(), codes.find(code.getCode()).orElseThrow().getCode(), "the code itself stays");
        assertEquals(new BigDecimal("12.50"), codes.find(code.getCode()).orElseThrow().terms().value());

        assertEquals(List.of(AuditAction.DISCOUNT_RULE_CREATED.name(), AuditAction.DISCOUNT_RULE_EDITED.name(),
                AuditAction.DISCOUNT_RULE_DEACTIVATED.name()), actions(DiscountRule.class, rule.getId()));
        assertEquals(List.of(AuditAction.PROMO_CODE_CREATED.name(), AuditAction.PROMO_CODE_EDITED.name()),
                actions(PromoCode.class, code.getId()));
    }

    private List<String> actions(Class<?> type, Long id) {
        return audit.about(type, id).stream().map(AuditEntry::getAction).toList();
    }

    @Test
    void staffKeepTheZonesTaxesMinimumAndTheListOfLeastDevelopedCountries() throws Exception {
        Account staff = staff();
        List<PricedItem> book = List.of(new PricedItem(1L, "100043228", ShopCategory.ITU_D, EditionFormat.PRINT,
                new BigDecimal("40.00"), 2));
        Buyer ministry = Buyer.onBehalfOf(MembershipCategory.MEMBER_STATE, "AQ");

        ShippingZone zone = administration.createShippingZone(staff, new ShippingZoneData("Antarctica", Set.of("aq"),
                new BigDecimal("40.00"), new BigDecimal("10.00")));
        TaxRule tax = administration.createTaxRule(staff, new TaxRuleData("AQ", "Ice tax", new BigDecimal("5")));
        refused("There is a tax rule for AQ already.",
                () -> administration.createTaxRule(staff, new TaxRuleData("aq", "Again", new BigDecimal("6"))));
        PriceQuote quote = new Pricing(reading.current()).quote(book, ministry, null, "AQ", "AQ", LocalDate.now());
        assertEquals("Antarctica", quote.shipping().zone());
        assertEquals(new BigDecimal("50.00"), quote.shipping().charge());
        assertEquals(new BigDecimal("5.90"), quote.tax().amount(), "5 % of 68.00 and 50.00");

        Set<String> ldc = reading.current().leastDevelopedCountries();
        Set<String> withAntarctica = new TreeSet<>(ldc);
        withAntarctica.add("AQ");
        administration.setLeastDevelopedCountries(staff, ldc, withAntarctica);
        refused("Someone else changed this in the meantime. Please look at it again and repeat your change.",
                () -> administration.setLeastDevelopedCountries(staff, ldc, ldc));
        MinimumOrder minimum = administration.minimumOrder(staff);
        administration.setMinimumOrder(staff, minimum.getVersion(), new BigDecimal("100"));
        quote = new Pricing(reading.current()).quote(book, ministry, null, "AQ", null, LocalDate.now());
        assertEquals(PriceReason.BELOW_MINIMUM_ORDER, quote.lines().get(0).reason());

        administration.setMinimumOrder(staff, minimum.getVersion() + 1, minimum.getAmount());
        administration.setLeastDevelopedCountries(staff, withAntarctica, ldc);
        administration.editTaxRule(staff, tax.getId(), tax.getVersion(), new TaxRuleData("FR", "Ice tax", new BigDecimal("7.7")));
        administration.removeTaxRule(staff, tax.getId(), tax.getVersion() + 1);
        administration.editShippingZone(staff, zone.getId(), zone.getVersion(), new ShippingZoneData("Antarctica",
                Set.of("AQ", "BV"), new BigDecimal("45.00"), new BigDecimal("10.00")));
        ShippingZone restOfWorld = administration.shippingZones(staff).stream().filter(ShippingZone::isRestOfWorld)
                .findFirst().orElseThrow();
        refused("The rest of the world cannot be removed: every country needs a shipping charge.",
                () -> administration.removeShippingZone(staff, restOfWorld.getId(), restOfWorld.getVersion()));
        administration.removeShippingZone(staff, zone.getId(), zone.getVersion() + 1);

        assertEquals(ldc, reading.current().leastDevelopedCountries());
        assertEquals(new BigDecimal("20.00"), reading.current().minimumOrder());
        assertTrue(reading.current().taxes().isEmpty());
        assertEquals(List.of(AuditAction.SHIPPING_ZONE_CREATED.name(), AuditAction.SHIPPING_ZONE_EDITED.name(),
                AuditAction.SHIPPING_ZONE_REMOVED.name()), actions(ShippingZone.class, zone.getId()));
        assertEquals(List.of(AuditAction.TAX_RULE_CREATED.name(), AuditAction.TAX_RULE_EDITED.name(),
                AuditAction.TAX_RULE_REMOVED.name()), actions(TaxRule.class, tax.getId()));
        List<String> minimumChanges = audit.about(MinimumOrder.class, 1L).stream().map(AuditEntry::getDetail).toList();
        assertEquals(List.of("was: CHF 20.00; now: CHF 100.00", "was: CHF 100.00; now: CHF 20.00"),
                minimumChanges.subList(minimumChanges.size() - 2, minimumChanges.size()));
        assertEquals("was: AQ: Ice tax 5.00 %; now: AQ: Ice tax 7.70 %", audit.about(TaxRule.class, tax.getId()).get(1)
                .getDetail(), "the country stays");
    }
}
