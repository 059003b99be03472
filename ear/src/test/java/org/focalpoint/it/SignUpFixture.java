package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.MembershipCategory.Standing;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.signup.SignUpForm;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Organizations and consent documents for sign-up tests, with names unique to this run (the
 * database is shared by every test), and the row counts that prove a refusal wrote nothing.
 */
final class SignUpFixture {

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final EntityManager em;
    final UserTransaction tx;
    final ConsentService consents;

    Organization member;
    Organization specificStatus;
    Organization nonMember;
    Organization inactiveMember;

    SignUpFixture(EntityManager em, UserTransaction tx, ConsentService consents) {
        this.em = em;
        this.tx = tx;
        this.consents = consents;
    }

    SignUpFixture create() {
        inTransaction(() -> {
            TestData.consentDocumentsPublished(em, consents);
            member = persist(new Organization("Telecom " + tag, "CH", MembershipCategory.SECTOR_MEMBER,
                    EnumSet.of(Sector.ITU_T), Instant.now()));
            specificStatus = persist(new Organization("Regional Union " + tag, "KE",
                    MembershipCategory.INTERNATIONAL_REGIONAL_ORGANIZATION, EnumSet.noneOf(Sector.class),
                            Instant.now()));
            nonMember = persist(new Organization("Startup " + tag, "FR", MembershipCategory.NON_MEMBER,
                    EnumSet.noneOf(Sector.class), Instant.now()));
            inactiveMember = new Organization("Defunct Telecom " + tag, "DE", MembershipCategory.SECTOR_MEMBER,
                    EnumSet.of(Sector.ITU_T), Instant.now());
            inactiveMember.deactivate();
            persist(inactiveMember);
            return null;
        });
        return this;
    }

    /** A sign-up that is right in every field: an ITU Member's employee, all current consents accepted. */
    SignUpForm goodForm() {
        SignUpForm form = new SignUpForm();
        form.setStanding(Standing.ITU_MEMBER);
        form.setOrganizationId(member.getId());
        form.setGivenName("Ann");
        form.setFamilyName("Lee");
        form.setEmail(uniqueEmail());
        form.setPassword("correct horse battery");
        form.setConfirmation("correct horse battery");
        form.setAcceptedConsentIds(consents.currentDocuments().stream().map(ConsentDocument::getId)
                .collect(Collectors.toSet()));
        return form;
    }

    static String uniqueEmail() {
        return "u" + UUID.randomUUID() + "@example.org";
    }

    /** The rows a sign-up writes, counted: account for that address, and tokens, affiliations, organizations overall. */
    Map<String, Long> rows(String email) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("accounts", count("select count(*) from account where email_key = ?1", email.strip().toLowerCase()));
        rows.put("tokens", count("select count(*) from account_token"));
        rows.put("affiliations", count("select count(*) from affiliation"));
        rows.put("ties requests", count("select count(*) from ties_access"));
        rows.put("organizations", count("select count(*) from organization"));
        rows.put("consent acceptances", count("select count(*) from consent_acceptance"));
        rows.put("audit entries", count("select count(*) from audit_entry"));
        return rows;
    }

    /** Refused with exactly this message, and not a row more anywhere. */
    void assertRefused(String expectedMessage, Callable<?> action, String email) {
        Map<String, Long> before = rows(email);
        RuleViolation refusal = assertThrows(RuleViolation.class, action::call);
        assertEquals(expectedMessage, refusal.getMessage());
        assertEquals(before, rows(email), "rows after the refusal");
    }

    long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The token of the link in a mail, as the page would receive it. */
    static String token(String link) {
        return URLDecoder.decode(link.substring(link.indexOf("token=") + "token=".length()), StandardCharsets.UTF_8);
    }

    <T> T inTransaction(Callable<T> work) {
        try {
            tx.begin();
            try {
                T result = work.call();
                tx.commit();
                return result;
            } catch (Exception | Error e) {
                tx.rollback();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
