package org.focalpoint.shop.orders;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.faces.OrganizationPicking;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.security.CurrentAccount;
import org.focalpoint.shop.pricing.PriceQuote;
import org.focalpoint.shop.pricing.QuotedLine;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkout: for whom (oneself or one of one's approved affiliations), the billing address from the
 * profile and the organization, the shipping address when something is posted, a promotional
 * code, how to pay, the conditions of sale; the order priced as the choices change, each line
 * saying which rule applies and why, and placed at the total shown.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Checkout checkout;

    @Inject
    private CardPayments cards;

    @Inject
    private ShopCart cart;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    private final List<SelectItem> buyingFor = new ArrayList<>();
    private Long affiliationId;
    private String billingName;
    private String billingOrganization;
    private String billingLines;
    private String billingCountry;
    private String shippingName;
    private String shippingLines;
    private String shippingCountry;
    private String promoCode;
    private PaymentWay way = PaymentWay.INVOICE;
    private boolean conditionsAccepted;
    /** The total this page showed, sent back with the order: it is placed at that total or not at all. */
    private BigDecimal totalSeen;
    private CheckoutQuote quote;

    public void open() {
        // signed in on the way here from a visitor's cart: its lines join the account's first
        cart.joinVisitToAccount();
        Account account = currentAccount.get();
        buyingFor.add(new SelectItem(null, words.text("checkout.for-myself")));
        for (Affiliation affiliation : checkout.onBehalfChoices(account)) {
            buyingFor.add(new SelectItem(affiliation.getId(),
                    words.text("checkout.on-behalf-of", affiliation.getOrganization().getName())));
        }
        billingName = account.getFullName();
        billingCountry = account.getCountry();
        shippingName = account.getFullName();
        shippingCountry = account.getCountry();
        reprice();
        if (quote.items().isEmpty()) {
            PageMessages.info("checkout.cart-empty");
        }
    }

    /** For whom changed: the organization's name and country go on the bill. */
    public void buyerChanged() {
        checkout.onBehalfChoices(currentAccount.get()).stream()
                .filter(affiliation -> affiliation.getId().equals(affiliationId)).findFirst()
                .ifPresentOrElse(affiliation -> {
                    billingOrganization = affiliation.getOrganization().getName();
                    if (billingLines == null || billingLines.isBlank()) {
                        billingLines = affiliation.getOrganization().getAddress();
                    }
                    billingCountry = affiliation.getOrganization().getCountry();
                }, () -> billingOrganization = null);
        reprice();
    }

    public void reprice() {
        try {
            quote = checkout.quote(currentAccount.get(), new CheckoutChoice(affiliationId, promoCode,
                    quote != null && !quote.shipsSomething() ? null : blankIsNull(shippingCountry), blankIsNull(billingCountry)));
        } catch (RuleViolation refused) {
            affiliationId = null;
            PageMessages.error(refused);
            quote = checkout.quote(currentAccount.get(), new CheckoutChoice(null, promoCode,
                    blankIsNull(shippingCountry), blankIsNull(billingCountry)));
        }
        PriceQuote price = quote.price();
        if (price.promo() != null && !price.promo().isTaken()) {
            PageMessages.errorAt("checkout:promoCode", price.promo().refusalMessage());
        }
        totalSeen = price.total();
    }

    public void applyCode() {
        reprice();
        if (quote.price().promo() != null && quote.price().promo().isTaken()) {
            PageMessages.info("checkout.code-applied", quote.price().promo().terms().code());
        }
    }

    public void place() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            PostalAddress shipping = quote.shipsSomething()
                    ? new PostalAddress(shippingName, null, shippingLines, shippingCountry) : null;
            ShopOrder order = checkout.place(currentAccount.get(), new OrderForm(affiliationId,
                    new PostalAddress(billingName, billingOrganization, billingLines, billingCountry), shipping,
                    promoCode, way, conditionsAccepted, totalSeen, PageWords.viewLocale()));
            String orderPage = external.getRequestContextPath() + "/order.xhtml?id=" + order.getId();
            if (order.getPaymentWay() == PaymentWay.CARD) {
                external.redirect(cards.pageFor(currentAccount.get(), order.getId()));
                return;
            }
            PageMessages.infoAfterRedirect("checkout.placed", order.getNumber());
            external.redirect(orderPage);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            reprice();
        }
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public boolean isCardOffered() {
        return cards.isOffered();
    }

    public List<SelectItem> getCountries() {
        return OrganizationPicking.COUNTRIES;
    }

    public List<SelectItem> getBuyingFor() {
        return buyingFor;
    }

    public CheckoutQuote getQuote() {
        return quote;
    }

    /** A line as checkout shows it: the edition and its price, with the rule applied and why. */
    public record Row(CartItem item, QuotedLine price, String why) {
    }

    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < quote.items().size(); i++) {
            QuotedLine line = quote.price().lines().get(i);
            rows.add(new Row(quote.items().get(i), line, words.label(line.reason(), line.reasonArguments())));
        }
        return rows;
    }

    public Long getAffiliationId() {
        return affiliationId;
    }

    public void setAffiliationId(Long affiliationId) {
        this.affiliationId = affiliationId;
    }

    public String getBillingName() {
        return billingName;
    }

    public void setBillingName(String billingName) {
        this.billingName = billingName;
    }

    public String getBillingOrganization() {
        return billingOrganization;
    }

    public void setBillingOrganization(String billingOrganization) {
        this.billingOrganization = billingOrganization;
    }

    public String getBillingLines() {
        return billingLines;
    }

    public void setBillingLines(String billingLines) {
        this.billingLines = billingLines;
    }

    public String getBillingCountry() {
        return billingCountry;
    }

    public void setBillingCountry(String billingCountry) {
        this.billingCountry = billingCountry;
    }

    public String getShippingName() {
        return shippingName;
    }

    public void setShippingName(String shippingName) {
        this.shippingName = shippingName;
    }

    public String getShippingLines() {
        return shippingLines;
    }

    public void setShippingLines(String shippingLines) {
        this.shippingLines = shippingLines;
    }

    public String getShippingCountry() {
        return shippingCountry;
    }

    public void setShippingCountry(String shippingCountry) {
        this.shippingCountry = shippingCountry;
    }

    public String getPromoCode() {
        return promoCode;
    }

    public void setPromoCode(String promoCode) {
        this.promoCode = promoCode;
    }

    public PaymentWay getWay() {
        return way;
    }

    public void setWay(PaymentWay way) {
        this.way = way;
    }

    public PaymentWay[] getWays() {
        return cards.isOffered() ? PaymentWay.values() : new PaymentWay[]{PaymentWay.INVOICE};
    }

    public boolean isConditionsAccepted() {
        return conditionsAccepted;
    }

    public void setConditionsAccepted(boolean conditionsAccepted) {
        this.conditionsAccepted = conditionsAccepted;
    }

    public BigDecimal getTotalSeen() {
        return totalSeen;
    }

    public void setTotalSeen(BigDecimal totalSeen) {
        this.totalSeen = totalSeen;
    }
}
