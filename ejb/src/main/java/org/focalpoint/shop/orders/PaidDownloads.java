package org.focalpoint.shop.orders;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.shop.CatalogueFiles;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.words.Words;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * A bought PDF edition, downloaded by its buyer only, signed in: a personalised copy, made at the
 * first download and kept, at most so many times within so many days of payment, each download
 * counted. The copy names the buyer, the organization, the order and the licence on every page.
 */
@Stateless
public class PaidDownloads {

    private static final Words LICENCE = new Words("org.focalpoint.words.licence");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DownloadSettings settings;

    @Inject
    private CatalogueFiles files;

    /** A download handed out: the copy's file and the name the browser saves it under. */
    public record Download(Path file, String fileName, int downloadsLeft) {
    }

    /** What the order page says of a line's downloads. */
    public record Allowance(int used, int most, Instant until) {

        public int left() {
            return Math.max(0, most - used);
        }
    }

    /** Counts the download; refused for anyone but the buyer, an unpaid order, a spent or lapsed allowance. */
    public Download download(Account self, Long lineId) {
        OrderLine line = allowed(self, lineId);
        BoughtCopy copy = copyOf(line);
        // again under the lock: two downloads at the same moment may not both take the last one
        if (copy.getDownloads() >= settings.mostDownloads()) {
            throw new RuleViolation("shop.orders.downloads-spent", settings.mostDownloads());
        }
        ShopOrder order = line.getOrder();
        Instant now = clock.instant();
        if (copy.getCopyFile() == null) {
            copy.made(personalised(line), now);
        }
        copy.downloaded();
        Path file = files.stored(CatalogueFiles.Shelf.COPIES, copy.getCopyFile())
                .orElseThrow(() -> new IllegalStateException("the copy of line " + line.getId() + " is missing"));
        return new Download(file, line.getProductNumber() + "-" + line.getLanguage().code() + "-" + order.getNumber() + ".pdf",
                settings.mostDownloads() - copy.getDownloads());
    }

    /**
     * The buyer's own line of a PDF edition, paid and within its days; refused otherwise, and when
     * its downloads are spent. Counts nothing: the order's page asks it to say why a download was refused.
     */
    public OrderLine allowed(Account self, Long lineId) {
        OrderLine line = lineId == null ? null : em.find(OrderLine.class, lineId);
        if (line == null || !line.getOrder().getAccount().getId().equals(self.getId())) {
            throw new RuleViolation("shop.orders.not-your-download");
        }
        ShopOrder order = line.getOrder();
        if (line.getFormat() != EditionFormat.PDF) {
            throw new RuleViolation("shop.orders.not-a-download");
        }
        if (!order.getState().isPaid()) {
            throw new RuleViolation("shop.orders.download-needs-payment", order.getNumber(), order.getState());
        }
        Instant until = until(order);
        if (clock.instant().isAfter(until)) {
            throw new RuleViolation("shop.orders.download-lapsed", until);
        }
        if (allowance(line).left() == 0) {
            throw new RuleViolation("shop.orders.downloads-spent", settings.mostDownloads());
        }
        return line;
    }

    public Allowance allowance(OrderLine line) {
        BoughtCopy copy = em.createQuery("select c from BoughtCopy c where c.line = :line", BoughtCopy.class)
                .setParameter("line", line).getResultStream().findFirst().orElse(null);
        return new Allowance(copy == null ? 0 : copy.getDownloads(), settings.mostDownloads(),
                line.getOrder().getPaidAt() == null ? null : until(line.getOrder()));
    }

    private Instant until(ShopOrder order) {
        return order.getPaidAt().plus(settings.period());
    }

    /** Locked: two downloads at the same moment count twice and make one copy. */
    private BoughtCopy copyOf(OrderLine line) {
        BoughtCopy copy = em.createQuery("select c from BoughtCopy c where c.line = :line", BoughtCopy.class)
                .setParameter("line", line).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (copy == null) {
            copy = new BoughtCopy(line);
            em.persist(copy);
            em.flush();
        }
        return copy;
    }

    /** Made from the edition's master file into the data folder's copies, named by its digest. */
    private String personalised(OrderLine line) {
        ShopOrder order = line.getOrder();
        Path master = files.stored(CatalogueFiles.Shelf.MASTER_FILES, line.getEdition().getMasterFile())
                .orElseThrow(() -> new RuleViolation("shop.orders.master-file-missing", line.getTitle()));
        String organization = order.getOrganization() == null ? order.getBilling().organization()
                : order.getOrganization().getName();
        Licensee licensee = new Licensee(order.getBuyerName(), organization, order.getNumber(),
                LICENCE.text(order.getLanguage(), "licence-line", order.getBuyerName(), order.getNumber()));
        Path made = null;
        try {
            made = Files.createTempFile("copy-", ".pdf");
            PersonalisedCopy.write(master, licensee, made);
            CatalogueFiles.Received received;
            try (InputStream in = Files.newInputStream(made)) {
                received = files.receive(CatalogueFiles.Shelf.COPIES, in, Long.MAX_VALUE);
            }
            files.keep(received);
            return received.digest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (made != null) {
                try {
                    Files.deleteIfExists(made);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }
    }
}
