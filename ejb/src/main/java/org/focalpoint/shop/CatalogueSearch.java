package org.focalpoint.shop;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The catalogue's search, the one the pages ask: {@link #search(CatalogueQuery)} over this node's
 * index of the catalogue ({@link CatalogueIndex}), kept in a folder of the server's
 * ({@value #INDEX_DIR}, by default {@code focalpoint/catalogue-index} in the server's data directory). The database is the truth and the index its copy: at deployment each
 * document's stamp is compared with its publication's, and what is missing, behind or no longer
 * offered is taken again from the database (all of it for a new folder), so a node rebuilds its
 * own; after every committed change ({@link CatalogueChanged}) the publications named are read
 * again in a new transaction and their documents replaced before the change's caller goes on, so
 * the next search finds it; a change rolled back never reaches the index. Searches never wait for
 * a change: they read the searcher of the last one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class CatalogueSearch {

    static final String INDEX_DIR = "focalpoint.shop.index-dir";
    /** Publications read from the database in one transaction while the index catches up. */
    private static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(CatalogueSearch.class.getName());

    /** Unset, the folder is under the server's data directory: a default value of the setting would not expand it. */
    @Inject
    @ConfigProperty(name = INDEX_DIR)
    private Optional<String> folder;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    /** Changes are written one after the other, each from what the database holds when it is written. */
    private final ReentrantLock writing = new ReentrantLock();

    private volatile CatalogueIndex index;

    /** Opens this node's index and brings it up to the database: the start of every deployment. */
    @PostConstruct
    public void open() {
        writing.lock();
        try {
            long began = System.nanoTime();
            Path path = folder.map(Path::of)
                    .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir"), "focalpoint", "catalogue-index"));
            CatalogueIndex opened = openOrStartAfresh(path);
            try {
                catchUp(opened, began, path);
            } catch (IOException | RuntimeException e) {
                opened.close();
                throw e;
            }
            index = opened;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    /** The page of publications the query finds, with the facets' counts; any text at all is searched as words. */
    public CatalogueHits search(CatalogueQuery query) {
        return index.search(query);
    }

    /** Takes the publications a committed change names again from the database. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChanged change) {
        writing.lock();
        try {
            List<IndexedPublication> offered = inTransaction(reading -> reading.publications(change.publicationIds()));
            Set<Long> gone = new HashSet<>(change.publicationIds());
            offered.forEach(publication -> gone.remove(publication.id()));
            index.remove(gone);
            index.put(offered);
            index.commit();
        } catch (IOException | RuntimeException e) {
            // the change is committed; its documents are caught up at this node's next start
            LOG.log(Level.SEVERE, "The catalogue index could not take the change to publications "
                    + change.publicationIds() + "; it will at the next start", e);
        } finally {
            writing.unlock();
        }
    }

    /** Closes the index, as the deployment ends. */
    @PreDestroy
    public void close() {
        writing.lock();
        try {
            if (index != null) {
                index.close();
                index = null;
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The catalogue index did not close cleanly; the next start checks it", e);
        } finally {
            writing.unlock();
        }
    }

    /** The index in the folder; a damaged or unreadable one is removed and built again. */
    private static CatalogueIndex openOrStartAfresh(Path path) throws IOException {
        Files.createDirectories(path);
        try {
            return new CatalogueIndex(FSDirectory.open(path));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            LOG.log(Level.WARNING, "The catalogue index in " + path + " cannot be read; it is built again", e);
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            return new CatalogueIndex(FSDirectory.open(path));
        }
    }

    private void catchUp(CatalogueIndex opened, long began, Path path) throws IOException {
        Map<Long, Long> inDatabase = inTransaction(CatalogueReading::stamps);
        Map<Long, Long> inIndex = opened.stamps();
        List<Long> behind = inDatabase.entrySet().stream()
                .filter(entry -> !Objects.equals(inIndex.get(entry.getKey()), entry.getValue()))
                .map(Map.Entry::getKey).sorted(Comparator.naturalOrder()).toList();
        Set<Long> gone = new HashSet<>(inIndex.keySet());
        gone.removeAll(inDatabase.keySet());
        opened.remove(gone);
        for (int from = 0; from < behind.size(); from += BATCH) {
            List<Long> batch = new ArrayList<>(behind.subList(from, Math.min(behind.size(), from + BATCH)));
            opened.put(inTransaction(reading -> reading.publications(batch)));
        }
        opened.commit();
        LOG.info(() -> String.format("Catalogue index in %s: %d publications, %d taken from the database%s, %d removed, in %d ms",
                path, inDatabase.size(), behind.size(), opened.fresh() ? " (a new index)" : "", gone.size(),
                (System.nanoTime() - began) / 1_000_000));
    }

    private <T> T inTransaction(Function<CatalogueReading, T> work) {
        try {
            tx.begin();
            try {
                T result = work.apply(new CatalogueReading(em));
                tx.commit();
                return result;
            } finally {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
