package org.focalpoint.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.organizations.Sector;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Staff create an event, edit one or cancel it. Registration opens and closes at times in UTC, the
 * zone every delegate's page shows. The form keeps the version it was read at, so a change saved by
 * someone else in between is reported, not overwritten.
 */
@Named
@ViewScoped
public class EditEvent implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private EventAdministration administration;

    private Long id;
    private long version;
    private boolean open;
    private String shownTitle;
    private Sector sector;
    private EventKind kind;
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String place;
    private boolean virtual;
    private LocalDateTime registrationOpens;
    private LocalDateTime registrationCloses;
    private boolean approvalRequired;
    private Instant cancelledAt;
    private String cancellationReason;
    private String reason;

    /** Without an id the form is empty, for a new event; creating it checks the actor. */
    public void open() {
        if (id != null) {
            try {
                load();
            } catch (RuleViolation refused) {
                PageMessages.error(refused);
                return;
            }
        }
        open = true;
    }

    private void load() {
        Event e = administration.event(currentAccount.get(), id);
        version = e.getVersion();
        shownTitle = e.getTitle();
        sector = e.getSector();
        kind = e.getKind();
        title = e.getTitle();
        startsOn = e.getStartsOn();
        endsOn = e.getEndsOn();
        place = e.getPlace();
        virtual = e.isVirtual();
        registrationOpens = LocalDateTime.ofInstant(e.getRegistrationOpens(), words.zone());
        registrationCloses = LocalDateTime.ofInstant(e.getRegistrationCloses(), words.zone());
        approvalRequired = e.isApprovalRequired();
        cancelledAt = e.getCancelledAt();
        cancellationReason = e.getCancellationReason();
    }

    public String save() {
        EventData data = new EventData(sector, kind, title, startsOn, endsOn, place, virtual,
                registrationOpens == null ? null : registrationOpens.atZone(words.zone()).toInstant(),
                registrationCloses == null ? null : registrationCloses.atZone(words.zone()).toInstant(), approvalRequired);
        try {
            if (id == null) {
                Event created = administration.create(currentAccount.get(), data);
                PageMessages.infoAfterRedirect("staff-event.created", created.getTitle());
                return "/staff/event?faces-redirect=true&id=" + created.getId();
            }
            administration.edit(currentAccount.get(), id, version, data);
            load();
            PageMessages.info("staff-event.saved", shownTitle);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
        return null;
    }

    public void cancel() {
        try {
            int cancelled = administration.cancel(currentAccount.get(), id, version, reason);
            load();
            reason = null;
            PageMessages.info("staff-event.cancelled", shownTitle, cancelled);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** When and why, in the words staff gave. */
    public String getCancellation() {
        return cancelledAt == null ? null
                : words.text("staff-event.cancelled-on", words.dates().day(cancelledAt),
                        cancellationReason);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isExisting() {
        return id != null;
    }

    public String getShownTitle() {
        return shownTitle;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isVirtual() {
        return virtual;
    }

    public void setVirtual(boolean virtual) {
        this.virtual = virtual;
    }

    public LocalDateTime getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(LocalDateTime registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public LocalDateTime getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDateTime registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }
}
