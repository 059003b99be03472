package org.focalpoint.optin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.FocalPoints;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.SecretariatStaff;
import org.focalpoint.organizations.Sector;
import org.focalpoint.persistence.ColumnText;
import org.focalpoint.persistence.ConcurrentChange;
import org.focalpoint.persistence.Like;
import org.focalpoint.persistence.UniqueConstraints;
import org.focalpoint.words.Dates;
import org.focalpoint.words.Words;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Staff record a member's opt-in to, or opt-out of, automatic approval for a sector (TSB Circular
 * 118), as the member asked by letter or e-mail. Each change is kept for ever in the history and
 * moves the member's standing, which the approval rule reads through {@link OptInStandings}; both in
 * one transaction, audited on behalf of the member. An opt-in lasts until the current study period
 * ends. Focal points of the member may read its standing and history.
 */
@Stateless
public class OptInRecords {

    private static final Supplier<RuleViolation> ONLY_STAFF = () -> new RuleViolation("optin.only-staff");
    static final int REFERENCE_LENGTH = 300;
    static final int NOTE_LENGTH = 2000;
    /** The audit's reason column is shorter than a note; the full note stays in the history it points to. */
    private static final int AUDIT_REASON_LENGTH = 1000;
    /**
     * How far back a change may be dated. A letter can be recorded late, but an opt-in dated years
     * back would pretend registrations long decided were automatically approved: a year covers a
     * delayed recording, anything older is a typing mistake.
     */
    static final int MOST_DAYS_BACK = 365;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyPeriod studyPeriod;

    @Inject
    private SecretariatStaff secretariat;

    @Inject
    private FocalPoints focalPoints;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    /**
     * Records the change on the standing staff saw: {@code seenVersion} is the version of the
     * sector's standing they read, null when it was "never opted in".
     */
    public OptInChange record(Account actor, Long organizationId, Long seenVersion, OptInEntry entry) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Organization organization = existing(organizationId);
        LocalDate today = LocalDate.now(clock);
        StudyPeriod period = studyPeriod;
        OptInEntry clean = checked(organization, entry, period, today);
        Optional<OptInSetting> stored = setting(organization, clean.sector());
        Long storedVersion = stored.map(OptInSetting::getVersion).orElse(null);
        if (seenVersion == null ? storedVersion != null : !seenVersion.equals(storedVersion)) {
            throw new RuleViolation("optin.changed-meanwhile");
        }
        String sector = clean.sector().label(Words.ENGLISH);
        String where = organization.getName() + ", " + sector;
        if (clean.optIn() && stored.isPresent() && stored.get().standsOptedIn(today)) {
            throw new RuleViolation("optin.already-opted-in", organization.getName(), sector,
                    stored.get().getEffectiveOn());
        }
        if (!clean.optIn() && (stored.isEmpty() || !stored.get().standsOptedIn(today))) {
            throw new RuleViolation("optin.not-opted-in", organization.getName(), sector);
        }
        if (stored.isPresent() && clean.effectiveOn().isBefore(stored.get().getEffectiveOn())) {
            throw new RuleViolation("optin.before-current-standing", stored.get().getEffectiveOn());
        }

        OptInSetting setting = stored.orElseGet(() -> new OptInSetting(organization, clean.sector()));
        if (clean.optIn()) {
            setting.optIn(clean.effectiveOn(), period.endsOn());
        } else {
            setting.optOut(clean.effectiveOn());
        }
        if (stored.isEmpty()) {
            em.persist(setting);
        }
        OptInChange change = new OptInChange(organization, clean.sector(), clean.optIn(), clean.effectiveOn(),
                clean.source(), clean.reference(), clean.note(), staff, clock.instant());
        em.persist(change);
        flushOrChangedMeanwhile();
        String detail = where + ": " + (clean.optIn()
                ? "opted in from " + Dates.ENGLISH.day(clean.effectiveOn()) + " until "
                + Dates.ENGLISH.day(period.endsOn()) + " (end of study period " + period.name() + ")"
                : "opted out from " + Dates.ENGLISH.day(clean.effectiveOn()))
                + "; source " + clean.source().label(Words.ENGLISH) + (clean.reference() == null ? "" : ", " + clean.reference());
        audit.record(staff, organization, clean.optIn() ? AuditAction.OPT_IN_RECORDED : AuditAction.OPT_OUT_RECORDED,
                OptInChange.class, change.getId(), detail, ColumnText.fit(clean.note(), AUDIT_REASON_LENGTH));
        return change;
    }

    /** One member's standing per sector and its history, for staff and for that member's focal points. */
    public OptInOverview overview(Account actor, Long organizationId) {
        Organization organization = existing(organizationId);
        Account current = actor == null || actor.getId() == null ? null : em.find(Account.class, actor.getId());
        if (!maySee(current, organization)) {
            throw new RuleViolation("optin.not-allowed-to-see", organization.getName());
        }
        Map<Sector, OptInSetting> settings = new HashMap<>();
        em.createQuery("select s from OptInSetting s where s.organization = :organization", OptInSetting.class)
                .setParameter("organization", organization).getResultStream()
                .forEach(s -> settings.put(s.getSector(), s));
        List<OptInHistoryLine> history = em.createQuery("select c from OptInChange c"
                        + " where c.organization = :organization order by c.recordedAt desc, c.id desc", OptInChange.class)
                .setParameter("organization", organization).getResultStream().map(OptInHistoryLine::of).toList();
        return new OptInOverview(organization.getId(), organization.getName(), current.isStaff(),
                standings(organization, settings), history);
    }

    /**
     * The organization a focal point's page opens on when the address names none: the lowest id of
     * those they are TIES Focal Point or Designated Focal Point of.
     */
    public Optional<Long> ownOrganization(Account actor) {
        Account current = actor == null || actor.getId() == null ? null : em.find(Account.class, actor.getId());
        if (current == null) {
            return Optional.empty();
        }
        return focalPoints.firstOrganizationOf(current);
    }

    /** Active ITU Members with their standing per sector, filtered and paged in the database; staff only. */
    public List<OptInListLine> page(Account actor, OptInFilter filter, int first, int pageSize) {
        secretariat.require(actor, ONLY_STAFF);
        List<Long> ids = ((List<?>) query("select o.id", filter, " order by lower(o.name), o.id")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Organization> organizations = ids.stream().map(id -> em.find(Organization.class, id)).toList();
        Map<Long, Map<Sector, OptInSetting>> settings = new HashMap<>();
        em.createQuery("select s from OptInSetting s where s.organization in :organizations", OptInSetting.class)
                .setParameter("organizations", organizations).getResultStream()
                .forEach(s -> settings.computeIfAbsent(s.getOrganization().getId(), id -> new HashMap<>())
                        .put(s.getSector(), s));
        return organizations.stream().map(o -> new OptInListLine(o.getId(), o.getName(), o.getCategory(),
                standings(o, settings.getOrDefault(o.getId(), Map.of())))).toList();
    }

    public long count(Account actor, OptInFilter filter) {
        secretariat.require(actor, ONLY_STAFF);
        return ((Number) query("select count(*)", filter, "").getSingleResult()).longValue();
    }

    private List<SectorOptIn> standings(Organization organization, Map<Sector, OptInSetting> settings) {
        StudyPeriod period = studyPeriod;
        LocalDate today = LocalDate.now(clock);
        return organization.getSectors().stream().sorted(Comparator.naturalOrder())
                .map(sector -> settings.containsKey(sector) ? SectorOptIn.of(settings.get(sector), period, today)
                        : SectorOptIn.never(sector))
                .toList();
    }

    /*
     * In SQL: in JPQL, EclipseLink wrote every parameter of this query inline for H2, booleans as 1,
     * which H2 2.x refuses to compare with a boolean column. The literals are our own constants;
     * what a person typed is a bound parameter. "Opted in" is a setting that has not lapsed, as
     * OptInSetting.standsOptedIn says; "opted out" is the rest.
     */
    private Query query(String select, OptInFilter filter, String order) {
        OptInFilter f = filter == null ? OptInFilter.everything() : filter;
        String members = MembershipCategory.of(MembershipCategory.Standing.ITU_MEMBER).stream()
                .map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
        List<String> conditions = new ArrayList<>(List.of("o.active = true", "o.category in (" + members + ")"));
        List<Object> parameters = new ArrayList<>();
        String pattern = Like.containing(f.name());
        if (pattern != null) {
            parameters.add(pattern);
            conditions.add("lower(o.name) like ?" + parameters.size() + " escape '!'");
        }
        String ofSector = "";
        if (f.sector() != null) {
            parameters.add(f.sector().name());
            conditions.add("exists (select 1 from organization_sector os where os.organization_id = o.id"
                    + " and os.sector = ?" + parameters.size() + ")");
            ofSector = " and s.sector = ?" + parameters.size();
        }
        if (f.standing() != null) {
            String settings = "(select 1 from opt_in_setting s where s.organization_id = o.id" + ofSector;
            String optedIn = "";
            if (f.standing() != OptInFilter.Standing.NEVER) {
                parameters.add(Date.valueOf(LocalDate.now(clock)));
                optedIn = "s.opted_in = true and (s.lapses_on is null or s.lapses_on >= ?" + parameters.size() + ")";
            }
            conditions.add(switch (f.standing()) {
                case OPTED_IN -> "exists " + settings + " and " + optedIn + ")";
                case OPTED_OUT -> "exists " + settings + " and not (" + optedIn + "))";
                case NEVER -> "not exists " + settings + ")";
            });
        }
        Query query = em.createNativeQuery(select + " from organization o where " + String.join(" and ", conditions)
                + order);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** Staff, and the member's own focal points: its TIES Focal Point and its Designated Focal Points. */
    private boolean maySee(Account current, Organization organization) {
        if (current == null || !current.isActive()) {
            return false;
        }
        return current.isStaff() || focalPoints.isFocalPointOf(current, organization);
    }

    private Organization existing(Long organizationId) {
        Organization organization = organizationId == null ? null : em.find(Organization.class, organizationId);
        if (organization == null) {
            throw new RuleViolation("organizations.no-such-organization");
        }
        return organization;
    }

    private Optional<OptInSetting> setting(Organization organization, Sector sector) {
        return em.createNamedQuery("OptInSetting.of", OptInSetting.class)
                .setParameter("organization", organization).setParameter("sector", sector)
                .getResultStream().findFirst();
    }

    /** The entry stripped and checked against the member and the study period. */
    private static OptInEntry checked(Organization organization, OptInEntry entry, StudyPeriod period,
                                      LocalDate today) {
        if (!organization.isActive() || !organization.isTiesEligible()) {
            throw organization.isActive() ? new RuleViolation("optin.not-a-member", organization.getName())
                    : new RuleViolation("optin.member-deactivated", organization.getName());
        }
        if (entry == null || entry.sector() == null) {
            throw new RuleViolation("organizations.choose-sector");
        }
        if (!organization.participatesIn(entry.sector())) {
            throw new RuleViolation("optin.sector-not-taken-part-in", organization.getName(), entry.sector());
        }
        if (entry.effectiveOn() == null) {
            throw new RuleViolation("optin.enter-effective-date");
        }
        if (period.isOver(entry.effectiveOn())) {
            throw new RuleViolation("optin.after-study-period", period.name(), period.endsOn());
        }
        if (entry.effectiveOn().isBefore(today.minusDays(MOST_DAYS_BACK))) {
            throw new RuleViolation("optin.date-too-far-back");
        }
        if (entry.source() == null || !OptInSource.recordable().contains(entry.source())) {
            throw new RuleViolation("optin.choose-source");
        }
        String reference = stripped(entry.reference());
        if (reference != null && reference.length() > REFERENCE_LENGTH) {
            throw new RuleViolation("optin.reference-too-long", String.valueOf(REFERENCE_LENGTH));
        }
        String note = stripped(entry.note());
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new RuleViolation("optin.note-too-long", String.valueOf(NOTE_LENGTH));
        }
        return new OptInEntry(entry.sector(), entry.optIn(), entry.effectiveOn(), entry.source(), reference, note);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Two staff recording a sector's change at once: the later finds the setting's version moved on,
     * or, for the sector's first change, meets the other's new setting at the unique (organization, sector).
     */
    private void flushOrChangedMeanwhile() {
        try {
            ConcurrentChange.flushOr(em, () -> new RuleViolation("optin.changed-meanwhile"));
        } catch (PersistenceException failure) {
            if (UniqueConstraints.violated(failure, "opt_in_setting_unique")) {
                throw new RuleViolation("optin.changed-meanwhile");
            }
            throw failure;
        }
    }
}
