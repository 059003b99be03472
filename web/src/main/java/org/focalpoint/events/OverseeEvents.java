package org.focalpoint.events;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.faces.PagedList;
import org.focalpoint.organizations.Sector;
import org.focalpoint.security.CurrentAccount;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The secretariat's list of events: search by title, sector, kind and dates; a page at a time from the database. */
@Named
@ViewScoped
public class OverseeEvents implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private EventOversight oversight;

    private String title;
    private Sector sector;
    private EventKind kind;
    private LocalDate from;
    private LocalDate until;

    private final PagedList<Event> model = new PagedList<>(
            () -> oversight.count(currentAccount.get(), filter()),
            (first, size, sorting) -> oversight.page(currentAccount.get(), filter(), first, size),
            Event::getId);

    private EventFilter filter() {
        return new EventFilter(title, sector, kind, from, until);
    }

    /** A new search starts again at the first page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("events:list");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public PagedList<Event> getModel() {
        return model;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
