package org.focalpoint.shop;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.organizations.SecretariatStaff;
import org.focalpoint.persistence.ConcurrentChange;
import org.focalpoint.persistence.UniqueConstraints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Secretariat staff keep the catalogue: they create publications with their first editions, edit
 * them, add and edit editions, withdraw and reinstate either, upload a PDF edition's master file
 * and a publication's cover, and import publications from a catalogue file. Each change is checked
 * against the version staff saw, audited, and announced to the search index with
 * {@link CatalogueChanged} inside the transaction. A refusal writes nothing: no row, no file.
 */
@Stateless
public class CatalogueAdministration {

    static final Supplier<RuleViolation> ONLY_STAFF = () -> new RuleViolation("shop.only-staff");
    private static final Supplier<RuleViolation> CHANGED_MEANWHILE =
            () -> new RuleViolation("shop.changed-meanwhile");
    private static final String NUMBER_UNIQUE = "publication_product_number_unique";
    private static final String EDITION_UNIQUE = "edition_language_format_unique";
    /** The numbers looked up in one query when an import checks what the catalogue has. */
    private static final int LOOKUP_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretariatStaff secretariat;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private CatalogueFiles files;

    @Inject
    private CatalogueSettings settings;

    @Inject
    private Event<CatalogueChanged> changed;

    /** The limits of uploads and imports, for the pages to state. */
    public CatalogueSettings settings() {
        return settings;
    }

    /** The publication as stored, with its editions, for its page; staff only. */
    public Publication publication(Account actor, Long publicationId) {
        secretariat.require(actor, ONLY_STAFF);
        return existing(publicationId);
    }

    /** A new publication with its first editions (at least one). */
    public Publication create(Account actor, PublicationData data, List<EditionData> editions) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        String number = ProductNumber.of(data.productNumber());
        PublicationData clean = data.checked(thisYear());
        if (editions.isEmpty()) {
            throw new RuleViolation("shop.needs-an-edition");
        }
        if (numberTaken(number)) {
            throw new RuleViolation("shop.product-number-taken", number);
        }
        Publication publication = new Publication(number, clean.title(), clean.category(), clean.year(), clock.instant());
        publication.describe(clean);
        for (EditionData edition : editions) {
            publication.addEdition(edition.checked());
        }
        em.persist(publication);
        flushOrRefused();
        audit.record(staff, null, AuditAction.PUBLICATION_CREATED, Publication.class, publication.getId(),
                describe(publication), null);
        changed.fire(CatalogueChanged.of(publication.getId()));
        return publication;
    }

    /** Saves what staff changed on the version they read; the product number stays. */
    public void edit(Account actor, Long publicationId, long seenVersion, PublicationData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Publication publication = seen(publicationId, seenVersion);
        PublicationData clean = data.checked(thisYear());
        String before = describe(publication);
        publication.describe(clean);
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, AuditAction.PUBLICATION_EDITED, Publication.class, publication.getId(),
                "was: " + before + "; now: " + describe(publication), null);
        changed.fire(CatalogueChanged.of(publication.getId()));
    }

    public void withdraw(Account actor, Long publicationId, long seenVersion) {
        turn(actor, publicationId, seenVersion, Publication::withdraw, AuditAction.PUBLICATION_WITHDRAWN);
    }

    public void reinstate(Account actor, Long publicationId, long seenVersion) {
        turn(actor, publicationId, seenVersion, Publication::reinstate, AuditAction.PUBLICATION_REINSTATED);
    }

    /** Withdraws or reinstates the publication as staff saw it. */
    private void turn(Account actor, Long publicationId, long seenVersion, Consumer<Publication> turn, AuditAction action) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Publication publication = seen(publicationId, seenVersion);
        turn.accept(publication);
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, action, Publication.class, publication.getId(), describe(publication), null);
        changed.fire(CatalogueChanged.of(publication.getId()));
    }

    /** Another edition of the publication as staff saw it. */
    public Edition addEdition(Account actor, Long publicationId, long seenVersion, EditionData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Publication publication = seen(publicationId, seenVersion);
        Edition edition = publication.addEdition(data.checked());
        em.persist(edition);
        flushOrRefused();
        audit.record(staff, null, AuditAction.EDITION_ADDED, Edition.class, edition.getId(),
                publication.getProductNumber() + ": " + describe(edition), null);
        changed.fire(CatalogueChanged.of(publication.getId()));
        return edition;
    }

    public void editEdition(Account actor, Long editionId, long seenVersion, EditionData data) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Edition edition = seenEdition(editionId, seenVersion);
        EditionData clean = data.checked();
        String before = describe(edition);
        edition.write(clean);
        flushOrRefused();
        audit.record(staff, null, AuditAction.EDITION_EDITED, Edition.class, edition.getId(),
                edition.getPublication().getProductNumber() + ", was: " + before + "; now: " + describe(edition), null);
        changed.fire(CatalogueChanged.of(edition.getPublication().getId()));
    }

    public void withdrawEdition(Account actor, Long editionId, long seenVersion) {
        turnEdition(actor, editionId, seenVersion, Edition::withdraw, AuditAction.EDITION_WITHDRAWN);
    }

    public void reinstateEdition(Account actor, Long editionId, long seenVersion) {
        turnEdition(actor, editionId, seenVersion, Edition::reinstate, AuditAction.EDITION_REINSTATED);
    }

    private void turnEdition(Account actor, Long editionId, long seenVersion, Consumer<Edition> turn, AuditAction action) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Edition edition = seenEdition(editionId, seenVersion);
        turn.accept(edition);
        ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        audit.record(staff, null, action, Edition.class, edition.getId(),
                edition.getPublication().getProductNumber() + ": " + describe(edition), null);
        changed.fire(CatalogueChanged.of(edition.getPublication().getId()));
    }

    /**
     * A PDF edition's master file, read from {@code content}: kept under its digest once it proved
     * a PDF within the size limit; refused otherwise, with nothing kept.
     */
    public void uploadMasterFile(Account actor, Long editionId, long seenVersion, InputStream content) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Edition edition = seenEdition(editionId, seenVersion);
        if (edition.getFormat() != EditionFormat.PDF) {
            throw new RuleViolation("shop.master-file-only-pdf");
        }
        CatalogueFiles.Received received = files.receive(CatalogueFiles.Shelf.MASTER_FILES, content,
                settings.masterFileMaxBytes());
        int pages;
        try {
            pages = MasterFileCheck.check(received.temporary());
            edition.masterFile(received.digest(), received.size());
            ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
            files.keep(received);
        } catch (RuntimeException refused) {
            files.discard(received);
            throw refused;
        }
        audit.record(staff, null, AuditAction.MASTER_FILE_UPLOADED, Edition.class, edition.getId(),
                edition.getPublication().getProductNumber() + ": " + describe(edition) + ", SHA-256 "
                        + received.digest() + ", " + received.size() + " bytes, " + pages + " pages", null);
        changed.fire(CatalogueChanged.of(edition.getPublication().getId()));
    }

    /** A publication's cover: a PNG or JPEG within the limits, kept under its digest; refused otherwise, with nothing kept. */
    public void uploadCover(Account actor, Long publicationId, long seenVersion, InputStream content) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        Publication publication = seen(publicationId, seenVersion);
        CatalogueFiles.Received received = files.receive(CatalogueFiles.Shelf.COVERS, content, settings.coverMaxBytes());
        String mediaType;
        try {
            mediaType = CoverImageCheck.check(received.temporary(), settings.coverMinSide(), settings.coverMaxSide());
            publication.cover(received.digest(), mediaType);
            ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
            files.keep(received);
        } catch (RuntimeException refused) {
            files.discard(received);
            throw refused;
        }
        audit.record(staff, null, AuditAction.COVER_UPLOADED, Publication.class, publication.getId(),
                publication.getProductNumber() + ": " + mediaType + ", SHA-256 " + received.digest() + ", "
                        + received.size() + " bytes", null);
        changed.fire(CatalogueChanged.of(publication.getId()));
    }

    /**
     * Reads a catalogue file and, when every row is taken, stores its publications in this one
     * transaction: one audit entry per publication and one for the import. When a row is refused,
     * nothing is stored and the plan says which rows and why; a problem of the file as a whole is
     * refused outright.
     */
    public CatalogueImport.Plan importCatalogue(Account actor, String fileName, InputStream content) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        List<CatalogueFile.Row> rows = CatalogueFile.rows(upTo(content, settings.importMaxBytes()),
                settings.importMaxBytes(), settings.importMaxRows());
        CatalogueImport.Plan plan = CatalogueImport.plan(rows, numbersTaken(CatalogueImport.productNumbers(rows)),
                thisYear(), clock.instant());
        if (!plan.acceptable()) {
            return plan;
        }
        for (Publication publication : plan.publications()) {
            em.persist(publication);
        }
        flushOrRefused();
        String file = fileName == null || fileName.isBlank() ? "a catalogue file" : fileName.strip();
        Set<Long> ids = new HashSet<>();
        for (Publication publication : plan.publications()) {
            ids.add(publication.getId());
            audit.record(staff, null, AuditAction.PUBLICATION_CREATED, Publication.class, publication.getId(),
                    describe(publication) + ", imported from " + file, null);
        }
        audit.record(staff, null, AuditAction.CATALOGUE_IMPORTED, Publication.class, null,
                file + ": " + plan.publications().size() + " publications, " + plan.lines().size() + " editions: "
                        + plan.publications().stream().map(Publication::getProductNumber).collect(Collectors.joining(" ")),
                null);
        changed.fire(new CatalogueChanged(ids));
        return plan;
    }

    /** The content, read no further than one byte past the limit: enough to tell that it is over it. */
    private static byte[] upTo(InputStream content, long maxBytes) {
        try {
            return content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int thisYear() {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    private boolean numberTaken(String number) {
        return !numbersTaken(Set.of(number)).isEmpty();
    }

    private Set<String> numbersTaken(Set<String> numbers) {
        Set<String> taken = new HashSet<>();
        List<String> all = new ArrayList<>(numbers);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            taken.addAll(em.createQuery("select p.productNumber from Publication p where p.productNumber in :numbers",
                    String.class).setParameter("numbers", all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK)))
                    .getResultList());
        }
        return taken;
    }

    /**
     * A product number or an edition's language and format taken a moment ago, in a transaction
     * our check could not see yet, is refused as the check would have; so is a version moved on.
     */
    private void flushOrRefused() {
        try {
            ConcurrentChange.flushOr(em, CHANGED_MEANWHILE);
        } catch (PersistenceException failure) {
            if (UniqueConstraints.violated(failure, NUMBER_UNIQUE)) {
                throw new RuleViolation("shop.product-number-taken-meanwhile");
            }
            if (UniqueConstraints.violated(failure, EDITION_UNIQUE)) {
                throw new RuleViolation("shop.edition-taken-meanwhile");
            }
            throw failure;
        }
    }

    private Publication existing(Long publicationId) {
        Publication publication = publicationId == null ? null : em.find(Publication.class, publicationId);
        if (publication == null) {
            throw new RuleViolation("shop.no-such-publication");
        }
        return publication;
    }

    private Publication seen(Long publicationId, long seenVersion) {
        Publication publication = existing(publicationId);
        if (publication.getVersion() != seenVersion) {
            throw CHANGED_MEANWHILE.get();
        }
        return publication;
    }

    private Edition seenEdition(Long editionId, long seenVersion) {
        Edition edition = editionId == null ? null : em.find(Edition.class, editionId);
        if (edition == null) {
            throw new RuleViolation("shop.no-such-edition");
        }
        if (edition.getVersion() != seenVersion) {
            throw CHANGED_MEANWHILE.get();
        }
        return edition;
    }

    private static String describe(Publication p) {
        return p.getProductNumber() + " " + p.getTitle() + ", " + p.getCategory() + ", " + p.getYear()
                + (p.getSeries() == null ? "" : ", series " + p.getSeries())
                + (p.getEditionStatement() == null ? "" : ", " + p.getEditionStatement())
                + ", texts in " + p.getTextLanguage().code() + (p.isWithdrawn() ? ", withdrawn" : "")
                + ", editions: " + p.getEditions().stream().map(CatalogueAdministration::describe)
                .collect(Collectors.joining("; "));
    }

    private static String describe(Edition e) {
        return e.getLanguage().code() + " " + e.getFormat() + " CHF " + e.getPrice().toPlainString()
                + (e.getIsbn() == null ? "" : " ISBN " + e.getIsbn())
                + (e.getPageCount() == null ? "" : " " + e.getPageCount() + " pages")
                + " " + e.getAvailability() + (e.getExpectedOn() == null ? "" : " " + e.getExpectedOn())
                + (e.getTitle() == null ? "" : " \"" + e.getTitle() + "\"")
                + (e.isWithdrawn() ? " withdrawn" : "");
    }
}
