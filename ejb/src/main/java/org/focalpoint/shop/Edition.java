package org.focalpoint.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One edition of a publication: its language and format, its price in CHF (zero for a free
 * edition, which any signed-in person downloads without an order), its ISBN where it has one, its
 * pages and whether it can be had. A PDF edition's master file is named by its content's digest.
 */
@Entity
@Table(name = "edition")
public class Edition {

    @Id
    @SequenceGenerator(name = "edition_seq", sequenceName = "edition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "edition_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "publication_id")
    private Publication publication;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EditionLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EditionFormat format;

    /** CHF, to the centime. */
    @Column(name = "price_chf", nullable = false, precision = 10, scale = 2)
    private BigDecimal price = BigDecimal.ZERO.setScale(2);

    @Column(length = 13)
    private String isbn;

    @Column(name = "page_count")
    private Integer pageCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Availability availability = Availability.AVAILABLE;

    /** The day a forthcoming edition is expected, else null. */
    @Column(name = "expected_on")
    private LocalDate expectedOn;

    /** The edition's title in its own language, where it differs from the publication's; else null. */
    @Column(length = Publication.TITLE_LENGTH)
    private String title;

    /** The SHA-256 of a PDF edition's master file, which names it in the data folder; null until uploaded. */
    @Column(name = "master_file", length = 64)
    private String masterFile;

    @Column(name = "master_file_size")
    private Long masterFileSize;

    private boolean withdrawn;

    protected Edition() {
    }

    Edition(Publication publication, EditionLanguage language, EditionFormat format) {
        this.publication = publication;
        this.language = language;
        this.format = format;
    }

    /** The price in CHF: zero makes the edition free; a negative price or one in fractions of a centime is refused. */
    public void price(BigDecimal chf) {
        if (chf == null || chf.signum() < 0) {
            throw new RuleViolation("shop.price-not-negative");
        }
        if (chf.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("shop.price-in-centimes", chf.toPlainString());
        }
        this.price = chf.setScale(2);
    }

    /** Whether and when it can be had; a forthcoming edition says when it is expected. */
    public void availability(Availability availability, LocalDate expectedOn) {
        if (availability == Availability.FORTHCOMING && expectedOn == null) {
            throw new RuleViolation("shop.forthcoming-needs-a-day");
        }
        this.availability = availability;
        this.expectedOn = availability == Availability.FORTHCOMING ? expectedOn : null;
    }

    public void identify(String isbn, Integer pageCount) {
        if (pageCount != null && pageCount <= 0) {
            throw new RuleViolation("shop.page-count-positive");
        }
        this.isbn = Isbn.of(isbn);
        this.pageCount = pageCount;
    }

    /** Its title in its language; blank keeps the publication's. */
    public void title(String title) {
        this.title = title == null || title.isBlank() ? null : title.strip();
    }

    /** Its language, format, price, ISBN, pages, availability and title, as {@link EditionData#checked} left them. */
    void write(EditionData clean) {
        if (clean.language() != language || clean.format() != format) {
            publication.refuseTwice(clean.language(), clean.format(), this);
            this.language = clean.language();
            this.format = clean.format();
        }
        price(clean.price());
        identify(clean.isbn(), clean.pageCount());
        availability(clean.availability(), clean.expectedOn());
        title(clean.title());
    }

    /** No longer offered; it stays for the orders and wish lists that name it. */
    void withdraw() {
        if (withdrawn) {
            throw new RuleViolation("shop.edition-already-withdrawn");
        }
        withdrawn = true;
    }

    void reinstate() {
        if (!withdrawn) {
            throw new RuleViolation("shop.edition-not-withdrawn");
        }
        withdrawn = false;
    }

    /** Offered now: neither it nor its publication withdrawn. */
    public boolean isOffered() {
        return !withdrawn && !publication.isWithdrawn();
    }

    /** A free PDF edition with its master file, which any signed-in person may download. */
    public boolean isFreeDownload() {
        return isOffered() && isFree() && format == EditionFormat.PDF && masterFile != null;
    }

    /** The master file stored under its digest; only a PDF edition has one. */
    public void masterFile(String digest, long size) {
        if (format != EditionFormat.PDF) {
            throw new RuleViolation("shop.master-file-only-pdf");
        }
        this.masterFile = digest;
        this.masterFileSize = size;
    }

    /** The title a reader of this edition's language sees. */
    public String displayTitle() {
        return title == null ? publication.getTitle() : title;
    }

    public boolean isFree() {
        return price.signum() == 0;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Publication getPublication() {
        return publication;
    }

    public EditionLanguage getLanguage() {
        return language;
    }

    public EditionFormat getFormat() {
        return format;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getIsbn() {
        return isbn;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public Availability getAvailability() {
        return availability;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }

    public String getTitle() {
        return title;
    }

    public Long getMasterFileSize() {
        return masterFileSize;
    }

    public String getMasterFile() {
        return masterFile;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}
