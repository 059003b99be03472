package org.focalpoint.events;

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
import org.primefaces.component.datatable.DataTable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Staff look through one event's registrations by state, organization and delegate, a page at a
 * time, and download the whole filtered list as CSV.
 */
@Named
@ViewScoped
public class EventRegistrationList implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private EventAdministration administration;

    @Inject
    private EventRegistrations registrations;

    private Long eventId;
    private String eventTitle;
    private boolean open;
    private RegistrationState state;
    private String organization;
    private String delegate;

    private final PagedList<RegistrationLine> model = new PagedList<>(
            () -> registrations.count(currentAccount.get(), eventId, filter()),
            (first, size, sorting) -> registrations.page(currentAccount.get(), eventId, filter(), first, size),
            RegistrationLine::id);

    public void open() {
        try {
            eventTitle = administration.event(currentAccount.get(), eventId).getTitle();
            open = true;
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    private RegistrationFilter filter() {
        return new RegistrationFilter(state, organization, delegate);
    }

    /** A new search starts again at the first page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot()
                .findComponent("registrations:list");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Every registration the filters match, as a download. */
    public void export() {
        byte[] csv;
        try {
            csv = registrations.csv(currentAccount.get(), eventId, filter());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType("text/csv; charset=UTF-8");
        response.setResponseContentLength(csv.length);
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"registrations-" + eventId + ".csv\"");
        try (OutputStream out = response.getResponseOutputStream()) {
            out.write(csv);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        faces.responseComplete();
    }

    public String when(Instant instant) {
        return instant == null ? "" : words.dates().stamp(instant) + " UTC";
    }

    public List<RegistrationState> getStates() {
        return List.of(RegistrationState.values());
    }

    public PagedList<RegistrationLine> getModel() {
        return model;
    }

    public boolean isOpen() {
        return open;
    }

    public String getEventTitle() {
        return eventTitle;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public RegistrationState getState() {
        return state;
    }

    public void setState(RegistrationState state) {
        this.state = state;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getDelegate() {
        return delegate;
    }

    public void setDelegate(String delegate) {
        this.delegate = delegate;
    }
}
