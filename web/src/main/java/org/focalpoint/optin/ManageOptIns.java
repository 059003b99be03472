package org.focalpoint.optin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.faces.PagedList;
import org.focalpoint.organizations.Sector;
import org.focalpoint.security.CurrentAccount;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Automatic approval (TSB Circular 118): staff find members by their opt-in standing, open one, and
 * record an opt-in or opt-out as the member asked; the member's focal points read the same standing
 * and history. The service checks the actor and every id again.
 */
@Named
@ViewScoped
public class ManageOptIns implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private Clock clock;

    @Inject
    private OptInRecords records;

    private Long organization;
    private OptInOverview overview;

    private String name;
    private Sector sector;
    private OptInFilter.Standing standing;

    private Sector changeSector;
    private LocalDate effectiveOn;
    private OptInSource source;
    private String reference;
    private String note;

    private final PagedList<OptInListLine> model = new PagedList<>(
            () -> records.count(currentAccount.get(), filter()),
            (first, size, sorting) -> records.page(currentAccount.get(), filter(), first, size),
            OptInListLine::id);

    /** With an organization in the address, its standing and history; without, the list. */
    public void open() {
        if (organization != null) {
            try {
                load();
                resetForm();
            } catch (RuleViolation refused) {
                PageMessages.error(refused);
            }
        }
    }

    /** A focal point's page: without an organization in the address, their own. */
    public void openOwn() {
        if (organization == null) {
            organization = records.ownOrganization(currentAccount.get()).orElse(null);
            if (organization == null) {
                PageMessages.error("opt-in.not-a-focal-point");
                return;
            }
        }
        open();
    }

    private void load() {
        overview = records.overview(currentAccount.get(), organization);
    }

    private void resetForm() {
        List<SectorOptIn> sectors = overview.sectors();
        changeSector = sectors.stream().map(SectorOptIn::sector).filter(s -> s == Sector.ITU_T).findFirst()
                .orElse(sectors.isEmpty() ? null : sectors.get(0).sector());
        effectiveOn = LocalDate.now(clock);
        source = OptInSource.EMAIL;
        reference = null;
        note = null;
    }

    public void recordOptIn() {
        record(true);
    }

    public void recordOptOut() {
        record(false);
    }

    private void record(boolean optIn) {
        try {
            records.record(currentAccount.get(), organization, seenVersion(),
                    new OptInEntry(changeSector, optIn, effectiveOn, source, reference, note));
            String recorded = optIn ? "opt-in-standing.opt-in-recorded" : "opt-in-standing.opt-out-recorded";
            String organizationName = overview.organizationName();
            load();
            resetForm();
            PageMessages.info(recorded, organizationName, changeSector);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    /** The version of the standing this page showed for the chosen sector: a change made since is refused. */
    private Long seenVersion() {
        return overview.sectors().stream().filter(s -> s.sector() == changeSector).findFirst()
                .map(SectorOptIn::version).orElse(null);
    }

    private OptInFilter filter() {
        return new OptInFilter(name, sector, standing);
    }

    /** A new search starts again at the first page. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("optIns:list");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public String recordedAt(OptInHistoryLine line) {
        return words.dates().moment(line.recordedAt());
    }

    public String day(LocalDate day) {
        return day == null ? "" : words.dates().day(day);
    }

    public List<Sector> getAllSectors() {
        return List.of(Sector.values());
    }

    public List<OptInFilter.Standing> getStandings() {
        return List.of(OptInFilter.Standing.values());
    }

    public List<OptInSource> getSources() {
        return List.copyOf(OptInSource.recordable());
    }

    public PagedList<OptInListLine> getModel() {
        return model;
    }

    public OptInOverview getOverview() {
        return overview;
    }

    public Long getOrganization() {
        return organization;
    }

    public void setOrganization(Long organization) {
        this.organization = organization;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public OptInFilter.Standing getStanding() {
        return standing;
    }

    public void setStanding(OptInFilter.Standing standing) {
        this.standing = standing;
    }

    public Sector getChangeSector() {
        return changeSector;
    }

    public void setChangeSector(Sector changeSector) {
        this.changeSector = changeSector;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public OptInSource getSource() {
        return source;
    }

    public void setSource(OptInSource source) {
        this.source = source;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
