package org.focalpoint.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.PasswordHasher;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentKind;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.Registration;
import org.focalpoint.notifications.Links;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.shop.CatalogueChanged;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.WishListEntry;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.focalpoint.organizations.Sector.*;

/**
 * Sample organizations, people, events, consent texts and the shop's catalogue for trying FocalPoint
 * on a local run ({@code mvn -Prun verify} starts the server with {@code -Dfocalpoint.demo-data=true}).
 * It never loads without that switch, so neither a production start nor a test sees it, and it loads
 * once per database: the marker organization says the data is there (the catalogue has its own marker).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    static final String SWITCH = "focalpoint.demo-data";
    static final String MAIL_DOMAIN = "@demo.focalpoint.test";
    /**
     * The one password of every demo account, printed in the README. It exists only for this demo
     * data, whose accounts are never created outside a local run.
     */
    static final String PASSWORD = "FocalPoint-Demo-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = SWITCH, defaultValue = "false")
    private boolean switchedOn;

    @Inject
    private Clock clock;

    @Inject
    private ConsentService consent;

    @Inject
    private Links links;

    @Inject
    private jakarta.enterprise.event.Event<CatalogueChanged> catalogueChanged;

    @Inject
    private DemoFiles demoFiles;

    @Inject
    private DemoOrders demoOrders;

    /** Marco's affiliation with his company, on whose behalf he places the demo order. */
    private Affiliation demoBuyer;

    /** Everyone created by this load; all of them accept the consent texts except the migrated user. */
    private final List<Account> people = new ArrayList<>();
    /** One hash for all: they share the published demo password, and a slow hash per account would add seconds. */
    private String passwordHash;

    @PostConstruct
    void load() {
        if (!switchedOn) {
            return;
        }
        // before the check below: a demo database of an earlier version gets the shop's catalogue too
        shopCatalogue();
        if (!em.createNamedQuery("Organization.byName", Organization.class)
                .setParameter("name", DemoOrganizations.MARKER).getResultList().isEmpty()) {
            LOG.info(() -> "Demo data already present. FocalPoint: " + links.page(""));
            return;
        }
        passwordHash = PasswordHasher.hash(PASSWORD.toCharArray());
        Account staff = person("elena.petrova", "Elena", "Petrova", "CH");
        staff.makeStaff();

        DemoOrganizations orgs = DemoOrganizations.create(clock.instant());
        orgs.all().forEach(em::persist);
        Event studyGroup = studyGroupMeeting();
        workshop();
        Account migrated = members(orgs, staff, studyGroup);
        em.flush();
        acceptConsent(staff, migrated);
        demoOrders.promoCode(staff);
        Path bankFile = demoOrders.orderFor(demoBuyer.getAccount(), demoBuyer);

        LOG.info(() -> "Demo data loaded: " + orgs.all().size() + " organizations, " + people.size()
                + " accounts (*" + MAIL_DOMAIN + ", password " + PASSWORD + "), 2 events (" + studyGroup.getTitle()
                + " and a workshop), an order by Marco paid by the bank's file " + bankFile + ". FocalPoint: "
                + links.page(""));
        people.clear();
    }

    /** The shop's publications, once per database; the search index takes them once they are committed. */
    private void shopCatalogue() {
        if (!em.createQuery("select p.id from Publication p where p.productNumber = :number", Long.class)
                .setParameter("number", DemoCatalogue.MARKER).getResultList().isEmpty()) {
            return;
        }
        List<Publication> publications = DemoCatalogue.create(clock.instant(), LocalDate.now(clock));
        publications.forEach(em::persist);
        demoFiles.attachTo(publications);
        em.flush();
        catalogueChanged.fire(new CatalogueChanged(publications.stream().map(Publication::getId)
                .collect(Collectors.toSet())));
        LOG.info(() -> "Demo catalogue loaded: " + publications.size() + " publications. Shop: "
                + links.page("shop/index.xhtml"));
    }

    /** Focal points, delegates and requests of the ITU Members; returns the migrated account. */
    private Account members(DemoOrganizations orgs, Account staff, Event studyGroup) {
        Account amina = tiesFocalPoint(orgs.freedonia(), staff, "amina.haddad", "Amina", "Haddad", "LU");
        designate(orgs.freedonia(), amina, ITU_T, ITU_D);
        designate(orgs.freedonia(), delegate(orgs.freedonia(), amina, "lars.berg", "Lars", "Berg", true).getAccount(),
                ITU_R);
        delegate(orgs.freedonia(), amina, "priya.nair", "Priya", "Nair", true);

        Account marco = person("marco.rossi", "Marco", "Rossi", "CH");
        demoBuyer = approvedAffiliation(orgs.acme(), marco, staff, true);
        orgs.acme().designateTiesFocalPoint(marco);
        wishes(marco);
        designate(orgs.acme(), marco, ITU_T);
        designate(orgs.acme(), delegate(orgs.acme(), marco, "julia.weber", "Julia", "Weber", true).getAccount(),
                ITU_R);
        Affiliation tom = delegate(orgs.acme(), marco, "tom.keller", "Tom", "Keller", true);
        // waits for Acme's ITU-T DFP, Marco
        em.persist(new Registration(studyGroup, tom.getAccount(), tom, clock.instant()));
        delegate(orgs.acme(), marco, "sofia.lopez", "Sofia", "López", false);
        Affiliation waiting = new Affiliation(person("kenji.sato", "Kenji", "Sato", "JP"), orgs.acme(),
                clock.instant());
        waiting.requestTiesAccess(clock.instant());
        em.persist(waiting);

        Account anna = tiesFocalPoint(orgs.nordic(), staff, "anna.virtanen", "Anna", "Virtanen", "FI");
        designate(orgs.nordic(), anna, ITU_T);
        Account migrated = delegate(orgs.nordic(), anna, "mikko.laine", "Mikko", "Laine", true).getAccount();
        migrated.requirePasswordChange();

        Account grace = tiesFocalPoint(orgs.lakeside(), staff, "grace.okafor", "Grace", "Okafor", "CA");
        designate(orgs.lakeside(), grace, ITU_R, ITU_T, ITU_D);

        em.persist(new Affiliation(person("noah.smith", "Noah", "Smith", "NL"), orgs.openCities(), clock.instant()));
        return migrated;
    }

    /** Three editions Marco wished for three weeks ago: one costs more since, one less, one is still forthcoming. */
    private void wishes(Account marco) {
        wish(marco, "100045117", EditionLanguage.ENGLISH, EditionFormat.PRINT, "112.00");
        wish(marco, "100047520", EditionLanguage.ENGLISH, EditionFormat.PRINT, "45.00");
        wish(marco, "100048021", EditionLanguage.ENGLISH, EditionFormat.PDF, null);
    }

    private void wish(Account account, String productNumber, EditionLanguage language, EditionFormat format,
                      String priceSince) {
        Edition edition = em.createQuery("select e from Edition e where e.publication.productNumber = :number"
                        + " and e.language = :language and e.format = :format", Edition.class)
                .setParameter("number", productNumber).setParameter("language", language)
                .setParameter("format", format).getSingleResult();
        em.persist(new WishListEntry(account, edition, clock.instant().minus(Duration.ofDays(21))));
        if (priceSince != null) {
            edition.price(new BigDecimal(priceSince));
        }
    }

    private Account person(String name, String givenName, String familyName, String country) {
        Account account = new Account(name + MAIL_DOMAIN, passwordHash, givenName, familyName, clock.instant());
        account.setCountry(country);
        account.activate();
        em.persist(account);
        people.add(account);
        return account;
    }

    /** An approved member of the organization, approved by staff, and its TIES Focal Point. */
    private Account tiesFocalPoint(Organization organization, Account staff, String name, String givenName,
                                   String familyName, String country) {
        Account account = person(name, givenName, familyName, country);
        approvedAffiliation(organization, account, staff, true);
        organization.designateTiesFocalPoint(account);
        return account;
    }

    /** A person whose affiliation (and TIES request, if any) the organization's TIES Focal Point approved. */
    private Affiliation delegate(Organization organization, Account focalPoint, String name, String givenName,
                                 String familyName, boolean ties) {
        return approvedAffiliation(organization, person(name, givenName, familyName, organization.getCountry()),
                focalPoint, ties);
    }

    private Affiliation approvedAffiliation(Organization organization, Account account, Account decidedBy,
                                            boolean ties) {
        Affiliation affiliation = new Affiliation(account, organization, clock.instant());
        affiliation.decide(AffiliationState.APPROVED, decidedBy, null, clock.instant());
        if (ties) {
            affiliation.requestTiesAccess(clock.instant()).decide(TiesState.GRANTED, decidedBy, null, clock.instant());
        }
        em.persist(affiliation);
        return affiliation;
    }

    private void designate(Organization organization, Account account, Sector... sectors) {
        for (Sector sector : sectors) {
            em.persist(new DesignatedFocalPoint(organization, sector, account, clock.instant()));
        }
    }

    /** Six weeks ahead in Geneva; registration open since a fortnight, closing a week before. */
    private Event studyGroupMeeting() {
        LocalDate starts = LocalDate.now(clock).plusWeeks(6);
        Event meeting = new Event(ITU_T, EventKind.STUDY_GROUP, "ITU-T Study Group 17 (Security) meeting",
                starts, starts.plusDays(9), clock.instant().minus(Duration.ofDays(14)),
                starts.minusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC), clock.instant());
        meeting.holdAt("Geneva, Switzerland");
        em.persist(meeting);
        return meeting;
    }

    private void workshop() {
        LocalDate day = LocalDate.now(clock).plusWeeks(3);
        Event workshop = new Event(ITU_T, EventKind.WORKSHOP, "ITU Workshop on Digital Public Infrastructure",
                day, day, clock.instant().minus(Duration.ofDays(7)), day.atStartOfDay().toInstant(ZoneOffset.UTC),
                        clock.instant());
        workshop.holdVirtually();
        em.persist(workshop);
    }

    /** Version 1 of both texts; every demo account has accepted them except the migrated one. */
    private void acceptConsent(Account staff, Account migrated) {
        ConsentDocument terms = consent.publish(ConsentKind.TERMS_OF_USE, "Terms of Use", """
                FocalPoint lets representatives of ITU Members and other organizations manage their \
                accounts, affiliations, TIES access and event registrations.
                You keep your password to yourself and act only on behalf of organizations you are \
                affiliated with. Focal points decide requests for their own organization only.
                Access to TIES documents is for the work of ITU; do not pass documents on outside it.
                Accounts that break these terms may be deactivated by the secretariat.""", staff);
        ConsentDocument privacy = consent.publish(ConsentKind.DATA_PRIVACY, "Data Privacy statement", """
                We keep your name, e-mail address, country, affiliations, TIES rights, event \
                registrations and the decisions taken on them, to run ITU meetings and TIES access.
                Your organization's focal points see your affiliation, TIES access and registrations; \
                secretariat staff see everything and every decision is recorded with its author.
                You can correct your details at any time and deactivate your account; the history of \
                decisions is kept.""", staff);
        Set<Long> both = Set.of(terms.getId(), privacy.getId());
        for (Account account : people) {
            if (account != migrated) {
                consent.accept(account, both);
            }
        }
    }
}
