package org.focalpoint.shop.pricing;

import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.ShopCategory;
import org.focalpoint.shop.pricing.PriceRules.Discount;
import org.focalpoint.shop.pricing.PriceRules.Tax;
import org.focalpoint.shop.pricing.PriceRules.Zone;
import org.focalpoint.words.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The price rules as a table, with ITU's discount rules and minimum order, three shipping zones and
 * one tax rule (Swiss VAT, so that tax shows; by default there is none).
 */
class PricingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    static final PriceRules RULES = new PriceRules(
            List.of(new Discount("Member States and Sector Members", new BigDecimal("15.00"),
                            EnumSet.of(MembershipCategory.MEMBER_STATE, MembershipCategory.SECTOR_MEMBER), false, false),
                    new Discount("Least Developed Countries", new BigDecimal("80.00"),
                            EnumSet.of(MembershipCategory.MEMBER_STATE), true, true),
                    new Discount("Academia", new BigDecimal("80.00"), EnumSet.of(MembershipCategory.ACADEMIA), false, true)),
            Set.of("NP", "HT", "TZ"),
            new BigDecimal("20.00"),
            List.of(new Zone("Switzerland and Liechtenstein", Set.of("CH", "LI"), new BigDecimal("8.00"), new BigDecimal("2.00")),
                    new Zone("Europe", Set.of("FR", "DE", "IT"), new BigDecimal("15.00"), new BigDecimal("5.00")),
                    new Zone("Rest of the world", Set.of(), new BigDecimal("25.00"), new BigDecimal("8.00"))),
            List.of(new Tax("CH", "VAT", new BigDecimal("8.1"))));

    /** The codes the table types, with their usage so far. */
    static final Map<String, PromoEntry> CODES = Map.ofEntries(
            code("TEN", percent("10"), PromoUsage.NONE),
            code("PLUS10", percent("10").combinable(), PromoUsage.NONE),
            code("FIVE", amount("5"), PromoUsage.NONE),
            code("PLUS5", amount("5").combinable(), PromoUsage.NONE),
            code("BIG", amount("500"), PromoUsage.NONE),
            code("SOON", percent("10").from(TODAY.plusDays(1)), PromoUsage.NONE),
            code("FROMTODAY", percent("10").from(TODAY), PromoUsage.NONE),
            code("UNTILTODAY", percent("10").to(TODAY), PromoUsage.NONE),
            code("OVER", percent("10").from(TODAY.minusDays(30)).to(TODAY.minusDays(1)), PromoUsage.NONE),
            code("LAST", percent("10").uses(100, null), new PromoUsage(99, 0)),
            code("DONE", percent("10").uses(100, null), new PromoUsage(100, 0)),
            code("TWICE", percent("10").uses(null, 2), new PromoUsage(40, 1)),
            code("ONCE", percent("10").uses(null, 1), new PromoUsage(40, 1)),
            code("WITHDRAWN", percent("10").inactive(), PromoUsage.NONE),
            code("ITUR", percent("10").categories(ShopCategory.ITU_R), PromoUsage.NONE),
            code("PRINTONLY", percent("10").formats(EditionFormat.PRINT), PromoUsage.NONE),
            code("BOOK", percent("10").publications("100000001"), PromoUsage.NONE),
            code("MIN50", percent("10").minimum("50.00"), PromoUsage.NONE));

    /**
     * Buyer: {@code self}, or an organization's CATEGORY/COUNTRY. Lines, joined by {@code +}:
     * {@code format[/CATEGORY][#product number] unit price[xquantity]} (ITU-T and 100000099 unless
     * said). Code: one of {@link #CODES}, or any other text for an unknown one. Expected per line:
     * the member discount and its reason; then the code's discount or its refusal, shipping
     * ({@code ?} while there is no country), tax, total; blank for none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            member state: 15 % on PDF                      | MEMBER_STATE/CH  | pdf 100.00                  |            |    | FR | 15.00       | MEMBER_PRICE                          |                     |       |      | 85.00
            sector member: 15 % on print too                | SECTOR_MEMBER/FR | print 100.00                |            | FR | FR | 15.00       | MEMBER_PRICE                          |                     | 15.00 |      | 100.00
            LDC member state: 80 % on PDF                   | MEMBER_STATE/NP  | pdf 100.00                  |            |    | NP | 80.00       | MEMBER_PRICE                          |                     |       |      | 20.00
            LDC member state: 15 % on print, not 80         | MEMBER_STATE/NP  | print 100.00                |            | NP | NP | 15.00       | MEMBER_PRICE                          |                     | 25.00 |      | 110.00
            LDC member state: best rule line by line        | MEMBER_STATE/NP  | pdf 50.00 + print 30.00     |            | NP | NP | 40.00 4.50  | MEMBER_PRICE MEMBER_PRICE             |                     | 25.00 |      | 60.50
            LDC sector member: the LDC rule is not for it   | SECTOR_MEMBER/NP | pdf 100.00                  |            |    | NP | 15.00       | MEMBER_PRICE                          |                     |       |      | 85.00
            academia: 80 % on PDF                           | ACADEMIA/KE      | pdf 100.00                  |            |    | KE | 80.00       | MEMBER_PRICE                          |                     |       |      | 20.00
            academia: nothing on print                      | ACADEMIA/KE      | print 100.00                |            | KE | KE | 0.00        | ELECTRONIC_ONLY                       |                     | 25.00 |      | 125.00
            academia: nothing on a USB key                  | ACADEMIA/CH      | other 50.00                 |            | CH | FR | 0.00        | ELECTRONIC_ONLY                       |                     | 8.00  |      | 58.00
            associate: no rule for its category            | ASSOCIATE/FR     | pdf 100.00                  |            |    | FR | 0.00        | NO_RULE_FOR_CATEGORY                  |                     |       |      | 100.00
            non-member: no rule for its category           | NON_MEMBER/US    | pdf 100.00                  |            |    | US | 0.00        | NO_RULE_FOR_CATEGORY                  |                     |       |      | 100.00
            for oneself: the list price                     | self             | pdf 100.00                  |            |    | FR | 0.00        | FOR_ONESELF                           |                     |       |      | 100.00
            below the minimum order: no discount            | MEMBER_STATE/CH  | pdf 19.99                   |            |    | FR | 0.00        | BELOW_MINIMUM_ORDER                   |                     |       |      | 19.99
            at the minimum order: the discount              | MEMBER_STATE/CH  | pdf 20.00                   |            |    | FR | 3.00        | MEMBER_PRICE                          |                     |       |      | 17.00
            the minimum is the whole order's list total     | MEMBER_STATE/CH  | pdf 12.00 + pdf 8.00        |            |    | FR | 1.80 1.20   | MEMBER_PRICE MEMBER_PRICE             |                     |       |      | 17.00
            a price times the quantity                      | SECTOR_MEMBER/CH | print 12.35x3               |            | CH | FR | 5.56        | MEMBER_PRICE                          |                     | 12.00 |      | 43.49
            rounded half up to the centime, line by line    | MEMBER_STATE/CH  | pdf 33.30 + pdf 21.70       |            |    | FR | 5.00 3.26   | MEMBER_PRICE MEMBER_PRICE             |                     |       |      | 46.74
            percent code                                    | self             | pdf 100.00                  | TEN        |    | FR | 0.00        | FOR_ONESELF                           | 10.00               |       |      | 90.00
            a code is typed in any case                     | self             | pdf 100.00                  | ten        |    | FR | 0.00        | FOR_ONESELF                           | 10.00               |       |      | 90.00
            percent code rounded line by line               | self             | pdf 10.05 + pdf 10.05       | TEN        |    | FR | 0.00 0.00   | FOR_ONESELF FOR_ONESELF               | 2.02                |       |      | 18.08
            a code replaces the member price                | MEMBER_STATE/CH  | pdf 100.00                  | TEN        |    | FR | 0.00        | REPLACED_BY_CODE                      | 10.00               |       |      | 90.00
            a combinable code comes after it                | MEMBER_STATE/CH  | pdf 100.00                  | PLUS10     |    | FR | 15.00       | MEMBER_PRICE                          | 8.50                |       |      | 76.50
            amount code                                     | self             | pdf 100.00                  | FIVE       |    | FR | 0.00        | FOR_ONESELF                           | 5.00                |       |      | 95.00
            combinable amount code                          | MEMBER_STATE/CH  | pdf 100.00                  | PLUS5      |    | FR | 15.00       | MEMBER_PRICE                          | 5.00                |       |      | 80.00
            amount code capped: shipping is still paid      | self             | print 30.00                 | BIG        | FR | FR | 0.00        | FOR_ONESELF                           | 30.00               | 15.00 |      | 15.00
            amount code capped after the member price       | MEMBER_STATE/CH  | pdf 30.00                   | BIG        |    | FR | 0.00        | REPLACED_BY_CODE                      | 30.00               |       |      | 0.00
            below the minimum order a code still counts     | MEMBER_STATE/CH  | pdf 15.00                   | PLUS10     |    | FR | 0.00        | BELOW_MINIMUM_ORDER                   | 1.50                |       |      | 13.50
            code not yet valid                              | self             | pdf 100.00                  | SOON       |    | FR | 0.00        | FOR_ONESELF                           | NOT_YET_VALID       |       |      | 100.00
            code valid from today                           | self             | pdf 100.00                  | FROMTODAY  |    | FR | 0.00        | FOR_ONESELF                           | 10.00               |       |      | 90.00
            code valid until today                          | self             | pdf 100.00                  | UNTILTODAY |    | FR | 0.00        | FOR_ONESELF                           | 10.00               |       |      | 90.00
            code expired                                    | self             | pdf 100.00                  | OVER       |    | FR | 0.00        | FOR_ONESELF                           | EXPIRED             |       |      | 100.00
            a refused code leaves the member price          | MEMBER_STATE/CH  | pdf 100.00                  | OVER       |    | FR | 15.00       | MEMBER_PRICE                          | EXPIRED             |       |      | 85.00
            the last use of a code                          | self             | pdf 100.00                  | LAST       |    | FR | 0.00        | FOR_ONESELF                           | 10.00               |       |      | 90.00
            code used up                                    | self             | pdf 100.00                  | DONE       |    | FR | 0.00        | FOR_ONESELF                           | USED_UP             |       |      | 100.00
            second use of two for an account                | self             | pdf 100.00                  | TWICE      |    | FR | 0.00        | FOR_ONESELF                           | 10.00               |       |      | 90.00
            code used up for this account                   | self             | pdf 100.00                  | ONCE       |    | FR | 0.00        | FOR_ONESELF                           | USED_UP_FOR_ACCOUNT |       |      | 100.00
            unknown code                                    | self             | pdf 100.00                  | NOPE       |    | FR | 0.00        | FOR_ONESELF                           | UNKNOWN             |       |      | 100.00
            withdrawn code                                  | self             | pdf 100.00                  | WITHDRAWN  |    | FR | 0.00        | FOR_ONESELF                           | WITHDRAWN           |       |      | 100.00
            category code, no line of it                    | self             | pdf 100.00                  | ITUR       |    | FR | 0.00        | FOR_ONESELF                           | NOT_FOR_THESE_ITEMS |       |      | 100.00
            category code on its lines only                 | MEMBER_STATE/CH  | pdf/ITU_R 40.00 + pdf 60.00 | ITUR       |    | FR | 0.00 9.00   | REPLACED_BY_CODE MEMBER_PRICE         | 4.00                |       |      | 87.00
            format code on its lines only                   | self             | pdf 50.00 + print 50.00     | PRINTONLY  | CH | FR | 0.00 0.00   | FOR_ONESELF FOR_ONESELF               | 5.00                | 8.00  |      | 103.00
            format code, no line of it                      | self             | pdf 50.00                   | PRINTONLY  |    | FR | 0.00        | FOR_ONESELF                           | NOT_FOR_THESE_ITEMS |       |      | 50.00
            publication code on its lines only              | self             | pdf#100000001 50.00 + pdf 50.00 | BOOK   |    | FR | 0.00 0.00   | FOR_ONESELF FOR_ONESELF               | 5.00                |       |      | 95.00
            publication code, another publication           | self             | pdf 50.00                   | BOOK       |    | FR | 0.00        | FOR_ONESELF                           | NOT_FOR_THESE_ITEMS |       |      | 50.00
            code's minimum not reached                      | self             | pdf 49.99                   | MIN50      |    | FR | 0.00        | FOR_ONESELF                           | BELOW_MINIMUM       |       |      | 49.99
            code's minimum reached                          | self             | pdf 50.00                   | MIN50      |    | FR | 0.00        | FOR_ONESELF                           | 5.00                |       |      | 45.00
            shipping in Switzerland, several items          | self             | print 10.00x2 + other 10.00 |            | CH | FR | 0.00 0.00   | FOR_ONESELF FOR_ONESELF               |                     | 12.00 |      | 42.00
            shipping in Europe                              | self             | print 10.00x2               |            | DE | FR | 0.00        | FOR_ONESELF                           |                     | 20.00 |      | 40.00
            shipping to the rest of the world               | self             | print 10.00x3               |            | US | US | 0.00        | FOR_ONESELF                           |                     | 41.00 |      | 71.00
            a PDF is not shipped                            | self             | pdf 30.00 + print 10.00     |            | US | US | 0.00 0.00   | FOR_ONESELF FOR_ONESELF               |                     | 25.00 |      | 65.00
            nothing shipped, nothing charged                | self             | pdf 30.00                   |            | US | US | 0.00        | FOR_ONESELF                           |                     |       |      | 30.00
            no shipping address yet                         | self             | print 10.00                 |            |    | FR | 0.00        | FOR_ONESELF                           |                     | ?     |      | 10.00
            tax on the net price and shipping               | MEMBER_STATE/CH  | print 100.00                |            | CH | CH | 15.00       | MEMBER_PRICE                          |                     | 8.00  | 7.53 | 100.53
            tax after the code                              | self             | pdf 100.00                  | TEN        |    | CH | 0.00        | FOR_ONESELF                           | 10.00               |       | 7.29 | 97.29
            no tax rule for the billing country             | self             | pdf 100.00                  |            |    | LI | 0.00        | FOR_ONESELF                           |                     |       |      | 100.00
            no billing country yet                          | self             | pdf 100.00                  |            |    |    | 0.00        | FOR_ONESELF                           |                     |       |      | 100.00
            """)
    void prices(String condition, String buyer, String lines, String code, String shipTo, String billTo,
                String discounts, String reasons, String codeOutcome, String shipping, String tax, String total) {
        PriceQuote quote = new Pricing(RULES).quote(items(lines), buyer(buyer), entry(code), shipTo, billTo, TODAY);

        assertEquals(discounts, quote.lines().stream().map(l -> l.discount().toPlainString())
                .collect(Collectors.joining(" ")), condition + ": discounts");
        assertEquals(reasons, quote.lines().stream().map(l -> l.reason().name()).collect(Collectors.joining(" ")),
                condition + ": reasons");
        assertEquals(codeOutcome, quote.promo() == null ? null : quote.promo().isTaken()
                ? quote.promo().discount().toPlainString() : quote.promo().refusal().name(), condition + ": code");
        assertEquals(shipping, quote.shipping() == null ? null : quote.needsShippingAddress() ? "?"
                : quote.shipping().charge().toPlainString(), condition + ": shipping");
        assertEquals(tax, quote.tax() == null ? null : quote.tax().amount().toPlainString(), condition + ": tax");
        assertEquals(total, quote.total().toPlainString(), condition + ": total");
        assertEquals(new BigDecimal(total), quote.subtotal().subtract(quote.promoDiscount())
                .add(quote.shippingCharge()).add(quote.taxAmount()), condition + ": the parts add up");
    }

    @Test
    void aLineSaysWhyInItsWords() {
        PriceQuote quote = new Pricing(RULES).quote(items("pdf 100.00 + print 100.00"),
                Buyer.onBehalfOf(MembershipCategory.ACADEMIA, "KE"), null, "KE", "KE", TODAY);

        assertEquals(List.of("Member price: 80 % off (Academia)",
                        "List price: the discount “Academia” is for PDF editions only"),
                quote.lines().stream().map(PricingTest::why).toList());
        assertEquals("Academia", quote.lines().get(0).rule());
        assertNull(quote.lines().get(1).rule());
    }

    @Test
    void aLineBelowTheMinimumOrderSaysTheMinimum() {
        PriceQuote quote = new Pricing(RULES).quote(items("pdf 5.00"),
                Buyer.onBehalfOf(MembershipCategory.SECTOR_MEMBER, "CH"), null, null, null, TODAY);

        assertEquals("List price: no discount on orders below CHF 20.00", why(quote.lines().get(0)));
    }

    @Test
    void aRefusedCodeSaysWhy() {
        assertEquals("The promotional code OVER was valid until 14 March 2026.", refusal("OVER"));
        assertEquals("The promotional code SOON is valid from 16 March 2026.", refusal("SOON"));
        assertEquals("You have used the promotional code ONCE as often as one account may (1).", refusal("ONCE"));
        assertEquals("The promotional code MIN50 is for orders of CHF 50.00 or more.", refusal("MIN50"));
        assertEquals("There is no promotional code “nope”.", refusal("nope"));
    }

    @Test
    void aLineMustBeSomethingToPrice() {
        assertThrows(IllegalArgumentException.class, () -> item("pdf 10.00x0"));
        assertThrows(IllegalArgumentException.class, () -> item("pdf -1.00"));
    }

    @Test
    void everyRefusalIsWordedWithItsValues() {
        PromoTerms terms = CODES.get("MIN50").terms();
        for (PromoRefusal refusal : PromoRefusal.values()) {
            String message = refusal.violation(terms, "min50").getMessage();
            assertTrue(message.contains("MIN50") || message.contains("min50"), message);
            assertFalse(message.contains("{"), message);
        }
    }

    private static String refusal(String code) {
        PromoOutcome outcome = new Pricing(RULES).quote(items("pdf 10.00"), Buyer.forOneself(), entry(code), null, null,
                TODAY).promo();
        return outcome.refusalMessage().getMessage();
    }

    private static String why(QuotedLine line) {
        return new Words(Words.LABELS).text(Words.ENGLISH, line.reason().labelKey(), line.reasonArguments().toArray());
    }

    private static Buyer buyer(String text) {
        if (text.equals("self")) {
            return Buyer.forOneself();
        }
        String[] parts = text.split("/");
        return Buyer.onBehalfOf(MembershipCategory.valueOf(parts[0]), parts[1]);
    }

    private static List<PricedItem> items(String text) {
        return Arrays.stream(text.split("\\+")).map(String::strip).map(PricingTest::item).toList();
    }

    /** {@code format[/CATEGORY][#number] price[xquantity]} */
    private static PricedItem item(String text) {
        String[] parts = text.split(" ");
        String[] what = parts[0].split("#");
        String[] kind = what[0].split("/");
        String[] price = parts[1].split("x");
        return new PricedItem(1L, what.length > 1 ? what[1] : "100000099",
                kind.length > 1 ? ShopCategory.valueOf(kind[1]) : ShopCategory.ITU_T,
                EditionFormat.valueOf(kind[0].toUpperCase()), new BigDecimal(price[0]),
                price.length > 1 ? Integer.parseInt(price[1]) : 1);
    }

    /** The code typed, found as the shop finds it: in any case. */
    private static PromoEntry entry(String typed) {
        if (typed == null) {
            return null;
        }
        PromoEntry known = CODES.get(typed.toUpperCase());
        return known == null ? PromoEntry.unknown(typed) : new PromoEntry(typed, known.terms(), known.usage());
    }

    private static Map.Entry<String, PromoEntry> code(String code, Terms terms, PromoUsage usage) {
        return Map.entry(code, new PromoEntry(code, terms.as(code), usage));
    }

    private static Terms percent(String value) {
        return new Terms(PromoKind.PERCENT, new BigDecimal(value));
    }

    private static Terms amount(String value) {
        return new Terms(PromoKind.AMOUNT, new BigDecimal(value));
    }

    /** A code's terms, written one condition at a time. */
    private static final class Terms {
        private final PromoKind kind;
        private final BigDecimal value;
        private LocalDate from;
        private LocalDate to;
        private Integer totalUses;
        private Integer perAccount;
        private Set<ShopCategory> categories = Set.of();
        private Set<EditionFormat> formats = Set.of();
        private Set<String> publications = Set.of();
        private BigDecimal minimum;
        private boolean combinable;
        private boolean active = true;

        Terms(PromoKind kind, BigDecimal value) {
            this.kind = kind;
            this.value = value;
        }

        Terms combinable() {
            combinable = true;
            return this;
        }

        Terms from(LocalDate day) {
            from = day;
            return this;
        }

        Terms to(LocalDate day) {
            to = day;
            return this;
        }

        Terms uses(Integer total, Integer byAccount) {
            totalUses = total;
            perAccount = byAccount;
            return this;
        }

        Terms inactive() {
            active = false;
            return this;
        }

        Terms categories(ShopCategory... values) {
            categories = Set.of(values);
            return this;
        }

        Terms formats(EditionFormat... values) {
            formats = Set.of(values);
            return this;
        }

        Terms publications(String... numbers) {
            publications = Set.of(numbers);
            return this;
        }

        Terms minimum(String chf) {
            minimum = new BigDecimal(chf);
            return this;
        }

        PromoTerms as(String code) {
            return new PromoTerms(code, kind, value, from, to, totalUses, perAccount, categories, formats, publications,
                    minimum, combinable, active);
        }
    }
}
