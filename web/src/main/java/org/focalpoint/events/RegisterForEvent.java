package org.focalpoint.events;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.organizations.Sector;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Events": upcoming events searched by sector, kind, dates and text, paged in the database, each
 * with "Register" (on behalf of which affiliation, when the person has several) or why the person cannot.
 */
@Named
@ViewScoped
public class RegisterForEvent implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private EventCatalog catalog;

    @Inject
    private Registrations registrations;

    @Inject
    private Clock clock;

    private Sector sector;
    private EventKind kind;
    private LocalDate from;
    private LocalDate to;
    private String text;
    /** The affiliation chosen in each event's row, by event id. */
    private final Map<Long, Long> onBehalfOf = new HashMap<>();

    /** The events of the current page, read from the database page by page. */
    private final PagedList<EventOffer> events = new PagedList<>(
            () -> catalog.count(search()),
            (first, size, sorting) -> startFrom(catalog.page(currentAccount.get(), search(), first, size)),
            EventOffer::id);

    /**
     * Where only one of the person's organizations qualifies, it is chosen already, so that Register
     * does what they most likely mean; they may still choose another. Where several qualify, they
     * choose: any default could register them for the wrong organization.
     */
    private List<EventOffer> startFrom(List<EventOffer> offers) {
        offers.forEach(offer -> offer.onlyQualifying().ifPresent(id -> onBehalfOf.putIfAbsent(offer.id(), id)));
        return offers;
    }

    private EventSearch search() {
        return new EventSearch(sector, kind, from, to, text);
    }

    public void register(EventOffer offer) {
        Long affiliation = offer.choices().size() == 1 ? offer.choices().get(0).affiliationId()
                : onBehalfOf.get(offer.id());
        if (affiliation == null) {
            PageMessages.error("events.choose-on-behalf-of", offer.title());
            return;
        }
        try {
            Registration made = registrations.register(currentAccount.get(), offer.id(), affiliation);
            PageMessages.info("events.registered", offer.title(), made.getState().name(), made.getBasis());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public String dates(EventOffer offer) {
        return offer.startsOn().equals(offer.endsOn()) ? words.text("common.day", offer.startsOn())
                : words.text("common.from-to", offer.startsOn(), offer.endsOn());
    }

    public String where(EventOffer offer) {
        if (offer.virtual()) {
            return offer.place() == null ? words.text("events.virtual")
                    : words.text("events.place-and-virtual", offer.place());
        }
        return offer.place() == null ? "" : offer.place();
    }

    /** The registration window as it stands now: "opens on …", "open until …" or "closed on …", in the reader's zone. */
    public String window(EventOffer offer) {
        Instant now = clock.instant();
        if (now.isBefore(offer.registrationOpens())) {
            return words.text("events.registration-opens-on", offer.registrationOpens());
        }
        return now.isBefore(offer.registrationCloses())
                ? words.text("events.registration-open-until", offer.registrationCloses())
                : words.text("events.registration-closed-on", offer.registrationCloses());
    }

    public List<SelectItem> getSectors() {
        return Arrays.stream(Sector.values()).map(s -> new SelectItem(s, words.label(s))).toList();
    }

    public List<SelectItem> getKinds() {
        return Arrays.stream(EventKind.values()).map(k -> new SelectItem(k, words.label(k))).toList();
    }

    public PagedList<EventOffer> getEvents() {
        return events;
    }

    public Map<Long, Long> getOnBehalfOf() {
        return onBehalfOf;
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

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
