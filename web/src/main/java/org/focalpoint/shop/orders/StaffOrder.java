package org.focalpoint.shop.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One order for staff ({@code ?id=}): the buyer, the addresses, the lines and sums, the moments of
 * its states, the payment reference, what was done to it; and the actions its state allows, each
 * decided again by the service: mark a paid order's print editions shipped, cancel an unpaid order
 * (a reason is optional), record a paid order's refund (a note is required).
 */
@Named
@ViewScoped
public class StaffOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private OrderAdministration administration;

    private String id;
    private ShopOrder order;
    private List<HistoryLine> history = List.of();
    private String reason;
    private String note;

    /** An entry of the order's audit trail as staff read it. */
    public record HistoryLine(Instant when, String who, String what, String detail, String reason) implements Serializable {
    }

    public void open() {
        Long orderId = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        if (orderId == null) {
            PageMessages.error("staff-order.not-found");
            return;
        }
        read(orderId);
    }

    private void read(Long orderId) {
        try {
            order = administration.order(currentAccount.get(), orderId);
            history = administration.history(currentAccount.get(), orderId).stream().map(this::line).toList();
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            order = null;
            history = List.of();
        }
    }

    private HistoryLine line(AuditEntry entry) {
        return new HistoryLine(entry.getOccurredAt(), entry.getActorLabel(),
                words.label(AuditAction.valueOf(entry.getAction())), entry.getDetail(), entry.getReason());
    }

    public void ship() {
        act(() -> administration.ship(currentAccount.get(), order.getId()), "staff-order.shipped");
    }

    public void cancel() {
        act(() -> administration.cancel(currentAccount.get(), order.getId(), reason), "staff-order.cancelled");
    }

    public void refund() {
        act(() -> administration.refund(currentAccount.get(), order.getId(), note), "staff-order.refunded");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            PageMessages.info(doneKey, order.getNumber());
            reason = null;
            note = null;
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
        read(order.getId());
    }

    /** The QR reference as the invoice prints it, in blocks of five. */
    public String getReference() {
        return QrReference.written(order.getPaymentReference());
    }

    public boolean isShippable() {
        return order.getState() == OrderState.PAID && order.isShipped();
    }

    public boolean isCancellable() {
        return order.getState() == OrderState.AWAITING_PAYMENT;
    }

    public boolean isRefundable() {
        return order.getState().isPaid();
    }

    public ShopOrder getOrder() {
        return order;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
