package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parser's sample mails (see {@link FocalPointDeployment#withSampleMails}) and the world they
 * are read in: the organizations of registry.csv as Sector Members of the sectors it gives, each sender of
 * affiliations.csv with an account and approved affiliations, and Jane Doe as Example Telecom's
 * TIES Focal Point. Found or created: reruns share the database.
 */
final class MailSamples {

    static final String FOCAL_POINT = "jane.doe@example-telecom.test";
    static final String AFFILIATED = "tom.baker@acme-wireless.test";

    private MailSamples() {
    }

    /** The review queue empty, with no count of failed attempts left. Call inside a transaction. */
    static void emptyQueue(EntityManager em) {
        em.createNativeQuery("delete from mailbox_item").executeUpdate();
        em.createNativeQuery("delete from mailbox_failure").executeUpdate();
    }

    /** Creates what is missing; returns the organizations by their registry.csv id. Call inside a transaction. */
    static Map<String, Organization> world(EntityManager em) {
        Map<String, Organization> byId = new HashMap<>();
        for (String[] row : rows("registry.csv")) {
            Set<Sector> sectors = row.length < 3 ? EnumSet.of(Sector.ITU_T) : Arrays.stream(row[2].split(","))
                    .map(String::strip).map(Sector::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
            byId.put(row[0], TestData.organization(em, row[1], MembershipCategory.SECTOR_MEMBER, sectors));
        }
        for (String[] row : rows("affiliations.csv")) {
            if (row.length < 2 || row[1].isBlank()) {
                continue;
            }
            Account sender = TestData.accountWithEmail(em, row[0]).orElseGet(() -> {
                Account a = new Account(row[0], "never-signs-in", "Sample", "Sender", Instant.now());
                a.activate();
                em.persist(a);
                return a;
            });
            for (String id : row[1].split(",")) {
                Organization organization = byId.get(id.strip());
                boolean affiliated = em.createQuery("select count(f) from Affiliation f where f.account = :a"
                                + " and f.organization = :o", Long.class)
                        .setParameter("a", sender).setParameter("o", organization).getSingleResult() > 0;
                if (!affiliated) {
                    Affiliation affiliation = new Affiliation(sender, organization, Instant.now());
                    affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
                    em.persist(affiliation);
                }
            }
        }
        byId.get("1").designateTiesFocalPoint(TestData.accountWithEmail(em, FOCAL_POINT).orElseThrow());
        return byId;
    }

    /** {@link #world}, with no opt-in on record for its members. Call inside a transaction. */
    static Map<String, Organization> worldWithoutOptIns(EntityManager em) {
        Map<String, Organization> registry = world(em);
        for (Organization organization : registry.values()) {
            em.createNativeQuery("delete from opt_in_change where organization_id = ?1")
                    .setParameter(1, organization.getId()).executeUpdate();
            em.createNativeQuery("delete from opt_in_setting where organization_id = ?1")
                    .setParameter(1, organization.getId()).executeUpdate();
        }
        return registry;
    }

    /** A sample file: a resource of the test WAR in the server, a file of the ejb module in the test JVM. */
    static byte[] bytes(String file) {
        try (InputStream in = MailSamples.class.getResourceAsStream("/mails/" + file)) {
            if (in != null) {
                return in.readAllBytes();
            }
            Path onDisk = Path.of(System.getProperty("it.sample.mails", "-"), file);
            if (!Files.isRegularFile(onDisk)) {
                throw new IllegalArgumentException("No sample mail " + file);
            }
            return Files.readAllBytes(onDisk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a sample table: cells split at "|" and stripped, comments and blank lines left out. */
    static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : new String(bytes(file), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\\|", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
