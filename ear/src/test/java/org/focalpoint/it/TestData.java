package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
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
import org.focalpoint.events.RegistrationState;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rows for in-container tests, persisted by the caller's transaction. Tests share one database
 * across classes and runs: names never repeat, and shared rows are found before they are created.
 */
public final class TestData {

    public static final String STAFF_EMAIL = "secretariat.officer@tests.example.org";

    private static final int TEST_ITERATIONS = 1_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestData() {
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID() + "@example.org";
    }

    /**
     * A stored hash of {@code password} that {@link PasswordHasher#matches} accepts, with few iterations:
     * the hash names its own count, so making a test account and signing in with it cost milliseconds
     * instead of the long while a real hash is meant to cost an attacker.
     */
    public static String passwordHash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, TEST_ITERATIONS, 256);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha256$" + TEST_ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Account activeAccount(EntityManager em, String email) {
        Account account = new Account(email, "not-a-usable-hash", "Ada", "Lovelace", Instant.now());
        account.activate();
        em.persist(account);
        return account;
    }

    public static Organization member(EntityManager em) {
        Organization organization = new Organization("Member " + UUID.randomUUID(), "CH",
                MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T), Instant.now());
        em.persist(organization);
        return organization;
    }

    public static Event studyGroupEnding(EntityManager em, LocalDate endsOn) {
        Instant opens = Instant.now().minus(Duration.ofDays(60));
        Event event = new Event(Sector.ITU_T, EventKind.STUDY_GROUP, "SG " + UUID.randomUUID(),
                endsOn.minusDays(3), endsOn, opens, opens.plus(Duration.ofDays(30)), Instant.now());
        em.persist(event);
        return event;
    }

    public static Registration registration(EntityManager em, Event event, Affiliation affiliation, RegistrationState state) {
        Registration registration = new Registration(event, affiliation.getAccount(), affiliation, Instant.now());
        if (state != RegistrationState.PENDING_APPROVAL) {
            registration.decide(state, "test", null, null, Instant.now());
        }
        em.persist(registration);
        return registration;
    }

    /** The account of that address, whatever its case: tests reuse fixed people across runs. */
    public static Optional<Account> accountWithEmail(EntityManager em, String email) {
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("emailKey", Account.emailKey(email))
                .getResultStream().findFirst();
    }

    /** The organization of that name, whatever its case: tests reuse fixed organizations across runs. */
    public static Optional<Organization> organizationNamed(EntityManager em, String name) {
        return em.createNamedQuery("Organization.byName", Organization.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    /** The organization of that name, created in Switzerland with that category and those sectors if missing. */
    public static Organization organization(EntityManager em, String name, MembershipCategory category,
                                            Set<Sector> sectors) {
        return organizationNamed(em, name).orElseGet(() -> {
            Organization o = new Organization(name, "CH", category, sectors, Instant.now());
            em.persist(o);
            return o;
        });
    }

    /** A member of the secretariat's staff. */
    public static Account staff(EntityManager em) {
        return accountWithEmail(em, STAFF_EMAIL)
                .orElseGet(() -> {
                    Account staff = new Account(STAFF_EMAIL, passwordHash("Staff-Office-Desk-2026"),
                            "Sam", "Secretariat", Instant.now());
                    staff.activate();
                    staff.makeStaff();
                    em.persist(staff);
                    return staff;
                });
    }

    /** The member of staff, who can sign in and use every page: current consent documents published and accepted. */
    public static Account staffReady(EntityManager em, ConsentService consents) {
        consentDocumentsPublished(em, consents);
        Account staff = staff(em);
        em.flush();
        consents.accept(staff, consents.pendingFor(staff).stream().map(ConsentDocument::getId)
                .collect(Collectors.toSet()));
        return staff;
    }

    /**
     * A person who can sign in with {@code password} and use every page: active, affiliated with the
     * organization (approved), current consents accepted. Found or created: reruns share the database.
     */
    public static Account approvedPerson(EntityManager em, ConsentService consents, Organization organization,
                                         String email, String password, String givenName, String familyName) {
        Account account = accountWithEmail(em, email).orElseGet(() -> {
            Account a = new Account(email, passwordHash(password), givenName, familyName,
                    Instant.now());
            a.activate();
            em.persist(a);
            Affiliation affiliation = new Affiliation(a, organization, Instant.now());
            affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
            em.persist(affiliation);
            return a;
        });
        em.flush();
        consents.accept(account, consents.pendingFor(account).stream().map(ConsentDocument::getId)
                .collect(Collectors.toSet()));
        return account;
    }

    /** TIES access granted on the person's first affiliation, requested first if need be. */
    public static void tiesGranted(EntityManager em, Account account) {
        Affiliation affiliation = em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", account).getResultList().get(0);
        if (affiliation.getTiesAccess() == null) {
            em.persist(affiliation.requestTiesAccess(Instant.now()));
        }
        affiliation.getTiesAccess().decide(TiesState.GRANTED, null, null, Instant.now());
    }

    /** Terms of Use and a Data Privacy statement are published (version 1 if none was). */
    public static void consentDocumentsPublished(EntityManager em, ConsentService consents) {
        for (ConsentKind kind : ConsentKind.values()) {
            if (consents.currentDocuments().stream().noneMatch(d -> d.getKind() == kind)) {
                consents.publish(kind, kind.label(Words.ENGLISH), "The " + kind.label(Words.ENGLISH) + " of FocalPoint.",
                        staff(em));
            }
        }
    }
}
