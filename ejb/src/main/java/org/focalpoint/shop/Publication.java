package org.focalpoint.shop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.focalpoint.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A publication of the catalogue: what it is (title, subtitle, abstract, keywords), where it is
 * shelved (category, series, year and edition) and the editions it is sold or given in. A
 * withdrawn publication stays for the orders that name it but is no longer offered.
 */
@Entity
@Table(name = "publication")
public class Publication {

    static final int TITLE_LENGTH = 500;
    static final int ABSTRACT_LENGTH = 10_000;
    static final int KEYWORDS_LENGTH = 1000;
    static final int SERIES_LENGTH = 200;
    static final int EDITION_STATEMENT_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "publication_seq", sequenceName = "publication_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "product_number", nullable = false, length = 9)
    private String productNumber;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = TITLE_LENGTH)
    private String subtitle;

    @Column(name = "abstract_text", length = ABSTRACT_LENGTH)
    private String abstractText;

    @Column(length = KEYWORDS_LENGTH)
    private String keywords;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ShopCategory category;

    @Column(length = SERIES_LENGTH)
    private String series;

    @Column(name = "published_year", nullable = false)
    private int year;

    @Column(name = "edition_statement", length = EDITION_STATEMENT_LENGTH)
    private String editionStatement;

    /** The language the title, subtitle, abstract and keywords are written in. */
    @Enumerated(EnumType.STRING)
    @Column(name = "text_language", nullable = false, length = 10)
    private EditionLanguage textLanguage = EditionLanguage.ENGLISH;

    /** The SHA-256 of the cover image, which names it in the data folder; null without a cover. */
    @Column(name = "cover_image", length = 64)
    private String coverImage;

    @Column(name = "cover_type", length = 20)
    private String coverType;

    private boolean withdrawn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "publication", cascade = CascadeType.PERSIST)
    @OrderBy("language, format")
    private List<Edition> editions = new ArrayList<>();

    protected Publication() {
    }

    public Publication(String productNumber, String title, ShopCategory category, int year, Instant createdAt) {
        this.productNumber = ProductNumber.of(productNumber);
        this.title = title;
        this.category = category;
        this.year = year;
        this.createdAt = createdAt;
    }

    /** What the catalogue says about it beyond its title. */
    public void describe(String subtitle, String abstractText, String keywords, String series, String editionStatement) {
        this.subtitle = subtitle;
        this.abstractText = abstractText;
        this.keywords = keywords;
        this.series = series;
        this.editionStatement = editionStatement;
    }

    /** The language the catalogue's texts of this publication are written in. */
    public void writtenIn(EditionLanguage language) {
        this.textLanguage = language;
    }

    /** The cover image stored under its digest, with its media type. */
    public void cover(String digest, String mediaType) {
        this.coverImage = digest;
        this.coverType = mediaType;
    }

    /** Everything staff write about it but its product number, as {@link PublicationData#checked} left it. */
    void describe(PublicationData clean) {
        this.title = clean.title();
        this.category = clean.category();
        this.year = clean.year();
        this.textLanguage = clean.textLanguage();
        describe(clean.subtitle(), clean.abstractText(), clean.keywords(), clean.series(), clean.editionStatement());
    }

    /**
     * No longer offered, with all its editions; it stays for the orders and wish lists that name it.
     * Its editions keep their own withdrawal, so reinstating it offers again those that were on offer.
     */
    void withdraw() {
        if (withdrawn) {
            throw new RuleViolation("shop.publication-already-withdrawn", productNumber);
        }
        withdrawn = true;
    }

    void reinstate() {
        if (!withdrawn) {
            throw new RuleViolation("shop.publication-not-withdrawn", productNumber);
        }
        withdrawn = false;
    }

    /** A new edition as {@link EditionData#checked} left it; one edition per language and format, withdrawn ones counted. */
    Edition addEdition(EditionData clean) {
        refuseTwice(clean.language(), clean.format(), null);
        Edition edition = new Edition(this, clean.language(), clean.format());
        edition.write(clean);
        editions.add(edition);
        return edition;
    }

    void refuseTwice(EditionLanguage language, EditionFormat format, Edition except) {
        for (Edition other : editions) {
            if (other != except && other.getLanguage() == language && other.getFormat() == format) {
                throw new RuleViolation("shop.edition-exists", productNumber, language.name(), format.name());
            }
        }
    }

    public Edition addEdition(EditionLanguage language, EditionFormat format) {
        Edition edition = new Edition(this, language, format);
        editions.add(edition);
        return edition;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getProductNumber() {
        return productNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public String getKeywords() {
        return keywords;
    }

    public ShopCategory getCategory() {
        return category;
    }

    public String getSeries() {
        return series;
    }

    public int getYear() {
        return year;
    }

    public String getEditionStatement() {
        return editionStatement;
    }

    public EditionLanguage getTextLanguage() {
        return textLanguage;
    }

    public String getCoverImage() {
        return coverImage;
    }

    public String getCoverType() {
        return coverType;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Edition> getEditions() {
        return List.copyOf(editions);
    }
}
