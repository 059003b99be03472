package org.focalpoint.shop.orders;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.security.CurrentAccount;
import org.focalpoint.time.DayRange;
import org.primefaces.component.datatable.DataTable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff's list of orders, newest first, narrowed by words, state, payment way and the days placed
 * (in the reader's zone), a page at a time; the sales the filter finds download as CSV.
 */
@Named
@ViewScoped
public class StaffOrders implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private OrderAdministration administration;

    private String text;
    private OrderState state;
    private PaymentWay way;
    private LocalDate from;
    private LocalDate to;

    private final PagedList<ShopOrder> model = new PagedList<>(
            () -> administration.count(currentAccount.get(), filter()),
            (first, size, sorting) -> administration.page(currentAccount.get(), filter(), first, size),
            ShopOrder::getId);

    private OrderFilter filter() {
        return new OrderFilter(text, state, way, new DayRange(from, to, words.zone()));
    }

    /** A new search starts again at the first page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("orders:list");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** The sales of every order the filter finds, one row per line, as a download. */
    public void export() {
        byte[] csv;
        try {
            csv = administration.sales(currentAccount.get(), filter());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType("text/csv; charset=UTF-8");
        response.setResponseContentLength(csv.length);
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"sales.csv\"");
        try (OutputStream out = response.getResponseOutputStream()) {
            out.write(csv);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        faces.responseComplete();
    }

    public List<OrderState> getStates() {
        return List.of(OrderState.values());
    }

    public List<PaymentWay> getWays() {
        return List.of(PaymentWay.values());
    }

    public PagedList<ShopOrder> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrderState getState() {
        return state;
    }

    public void setState(OrderState state) {
        this.state = state;
    }

    public PaymentWay getWay() {
        return way;
    }

    public void setWay(PaymentWay way) {
        this.way = way;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
