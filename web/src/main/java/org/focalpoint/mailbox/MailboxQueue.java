package org.focalpoint.mailbox;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.security.CurrentAccount;
import org.focalpoint.time.DayRange;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The Director's mailbox as staff work through it: the messages the application took, newest
 * first unless they choose the oldest first, a page at a time from the database, searched by text
 * and filtered by state, by the sender's standing and by the days received. The service checks
 * the actor on every read.
 */
@Named
@ViewScoped
public class MailboxQueue implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private MailboxReview review;

    private String text;
    private MailboxStates shown = MailboxStates.WAITING;
    private SenderStanding standing;
    private LocalDate from;
    private LocalDate to;
    private boolean oldestFirst;
    private long waiting;

    private final PagedList<MailboxLine> model = new PagedList<>(
            () -> review.count(currentAccount.get(), filter()),
            (first, size, sorting) -> review.page(currentAccount.get(), filter(), first, size),
            MailboxLine::id);

    public void open() {
        countWaiting();
    }

    /** A new search starts again at the first page, and counts again what waits. */
    public void search() {
        countWaiting();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("mailbox:list");
        if (table != null) {
            table.setFirst(0);
        }
    }

    private void countWaiting() {
        try {
            waiting = review.count(currentAccount.get(), MailboxFilter.waitingItems());
        } catch (RuleViolation refused) {
            // the list says why, once
            waiting = 0;
        }
    }

    private MailboxFilter filter() {
        return new MailboxFilter(text, shown.states(), standing, new DayRange(from, to, words.zone()), oldestFirst);
    }

    public String received(MailboxLine line) {
        return words.dates().brief(line.receivedAt());
    }

    /** How many wait for a decision, whatever the filter shows. */
    public String getWaitingWords() {
        return words.text("staff-mailbox.waiting", waiting);
    }

    public List<MailboxStates> getStateChoices() {
        return List.of(MailboxStates.values());
    }

    public List<SenderStanding> getStandings() {
        return List.of(SenderStanding.values());
    }

    public PagedList<MailboxLine> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public MailboxStates getShown() {
        return shown;
    }

    public void setShown(MailboxStates shown) {
        this.shown = shown == null ? MailboxStates.WAITING : shown;
    }

    public SenderStanding getStanding() {
        return standing;
    }

    public void setStanding(SenderStanding standing) {
        this.standing = standing;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public boolean isOldestFirst() {
        return oldestFirst;
    }

    public void setOldestFirst(boolean oldestFirst) {
        this.oldestFirst = oldestFirst;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
