package org.focalpoint.shop.orders;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * One of the buyer's orders ({@code ?id=}): where it stands, its lines and sums, its invoice, the
 * downloads of its PDF editions once paid with how many are left, card payment when it waits for
 * one ("being confirmed" after the provider's page, until its word arrives), and cancellation while
 * unpaid. Reached with {@code ?line=} after a refused download, it says why.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShopOrders orders;

    @Inject
    private PaidDownloads downloads;

    @Inject
    private CardPayments cards;

    @Inject
    private CurrentAccount currentAccount;

    private String id;
    private String line;
    private ShopOrder order;
    private List<LineRow> rows = List.of();

    /** A line with its downloads: how many are left and until when; none for a printed edition or an unpaid order. */
    public record LineRow(OrderLine line, PaidDownloads.Allowance allowance) {

        public boolean downloadable() {
            return allowance != null && allowance.left() > 0;
        }
    }

    public void open() {
        Long lineId = number(line);
        if (lineId != null) {
            try {
                downloads.allowed(currentAccount.get(), lineId);
            } catch (RuleViolation refused) {
                PageMessages.error(refused);
            }
        }
        Long orderId = lineId != null ? orderOfLine(lineId) : number(id);
        if (orderId == null) {
            if (lineId == null) {
                PageMessages.error("order.not-found");
            }
            return;
        }
        read(orderId);
    }

    private Long orderOfLine(Long lineId) {
        try {
            return orders.orderOfLine(currentAccount.get(), lineId);
        } catch (RuleViolation notYours) {
            return null;
        }
    }

    private void read(Long orderId) {
        try {
            order = orders.own(currentAccount.get(), orderId);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            order = null;
            return;
        }
        rows = order.getLines().stream().map(l -> new LineRow(l,
                l.getFormat().isPosted() || !order.getState().isPaid() ? null : downloads.allowance(l))).toList();
    }

    public void cancel() {
        try {
            orders.cancel(currentAccount.get(), order.getId());
            PageMessages.info("order.cancelled", order.getNumber());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
        read(order.getId());
    }

    public void payByCard() throws IOException {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(cards.pageFor(currentAccount.get(), order.getId()));
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            read(order.getId());
        }
    }

    /** Back from the provider's page, its word not in yet. */
    public boolean isBeingConfirmed() {
        return order != null && order.getState() == OrderState.AWAITING_PAYMENT
                && order.getPaymentWay() == PaymentWay.CARD && order.getCardSession() != null;
    }

    private static Long number(String text) {
        return text != null && text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    public ShopOrder getOrder() {
        return order;
    }

    public List<LineRow> getRows() {
        return rows;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }
}
