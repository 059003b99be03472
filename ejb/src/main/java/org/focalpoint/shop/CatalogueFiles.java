package org.focalpoint.shop;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.focalpoint.RuleViolation;
import org.focalpoint.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The data folder's master files and covers, each named by the SHA-256 of its content. What is
 * uploaded is written to a temporary file beside its shelf, checked there, and moved into place
 * atomically only once the check passed, so no reader ever sees half a file and a refused upload
 * leaves nothing. Nothing here is served as a path: the servlets ask for a digest the database names.
 */
@ApplicationScoped
public class CatalogueFiles {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    /** The folders of the data folder: master files are never mixed with what is served publicly. */
    public enum Shelf {
        MASTER_FILES("master-files"),
        COVERS("covers"),
        /** The personalised copies of PDF editions sold, made from the master files. */
        COPIES("copies");

        private final String folder;

        Shelf(String folder) {
            this.folder = folder;
        }
    }

    /** An upload written to its temporary file, with the digest and size of what was read. */
    public record Received(Shelf shelf, Path temporary, String digest, long size) {
    }

    @Inject
    private CatalogueSettings settings;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    protected CatalogueFiles() {
    }

    CatalogueFiles(CatalogueSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads the upload to a temporary file, refusing it as soon as it grows past {@code maxBytes}
     * (the temporary file removed) or when it is empty.
     */
    public Received receive(Shelf shelf, InputStream content, long maxBytes) {
        Path folder = folder(shelf);
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "upload-", ".part");
            Sha256 sha256 = Sha256.reading();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                byte[] buffer = new byte[BUFFER];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new RuleViolation("shop.file-too-large", megabytes(maxBytes));
                    }
                    sha256.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new RuleViolation("shop.file-empty");
            }
            return new Received(shelf, temporary, sha256.hex(), size);
        } catch (RuntimeException | IOException failure) {
            deleteQuietly(temporary);
            if (failure instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) failure;
        }
    }

    /**
     * Moves a checked upload into place under its digest. Should the transaction that names it roll
     * back, a file it brought is removed again; one that was there before (the same content
     * uploaded for another edition) stays.
     */
    public void keep(Received received) {
        Path target = folder(received.shelf()).resolve(received.digest());
        try {
            if (Files.exists(target)) {
                Files.delete(received.temporary());
                return;
            }
            Files.move(received.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            discard(received);
            throw new UncheckedIOException(e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare: the file is in place before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(target);
                }
            }
        });
    }

    /** A refused upload's temporary file removed. */
    public void discard(Received received) {
        deleteQuietly(received.temporary());
    }

    /** The stored file of this digest, if the digest is one and the file is there. */
    public Optional<Path> stored(Shelf shelf, String digest) {
        if (digest == null || !DIGEST.matcher(digest).matches()) {
            return Optional.empty();
        }
        Path file = folder(shelf).resolve(digest);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path folder(Shelf shelf) {
        return settings.dataDir().resolve(shelf.folder);
    }

    /** A limit as people read it: 100 MB, 5 MB, 0.5 MB. */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is named .part and never served; the next upload is not affected
        }
    }
}
