package org.focalpoint.shop;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The only ways files leave the data folder: a cover some publication names, for anyone, and a
 * free PDF edition's master file, for a signed-in person. Anything else is not there.
 */
@Stateless
public class CatalogueDownloads {

    /** A file to send: where it is, its media type and the name it is saved under. */
    public record Download(Path file, String mediaType, String fileName) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogueFiles files;

    /** The cover of this digest, when a publication names it. */
    public Optional<Download> cover(String digest) {
        return em.createQuery("select p.coverType from Publication p where p.coverImage = :digest", String.class)
                .setParameter("digest", digest).setMaxResults(1).getResultStream().findFirst()
                .flatMap(type -> files.stored(CatalogueFiles.Shelf.COVERS, digest)
                        .map(file -> new Download(file, type, digest)));
    }

    /**
     * A free, offered PDF edition's master file, named after its product number and language
     * (100043228-en.pdf), for an active account.
     */
    public Optional<Download> freeEdition(Account reader, Long editionId) {
        if (reader == null || !reader.isActive() || editionId == null) {
            return Optional.empty();
        }
        Edition edition = em.find(Edition.class, editionId);
        if (edition == null || !edition.isFreeDownload()) {
            return Optional.empty();
        }
        String name = edition.getPublication().getProductNumber() + "-" + edition.getLanguage().code() + ".pdf";
        return files.stored(CatalogueFiles.Shelf.MASTER_FILES, edition.getMasterFile())
                .map(file -> new Download(file, "application/pdf", name));
    }
}
