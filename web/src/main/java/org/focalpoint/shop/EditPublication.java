package org.focalpoint.shop;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.security.CurrentAccount;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff create a publication with its first edition, or edit one: its texts and shelf, its
 * editions one at a time in the edition form, a PDF edition's master file, the cover, and
 * withdrawing or reinstating either after confirming. The page keeps the versions it read, so a
 * change saved by someone else in between is reported, not overwritten.
 */
@Named
@ViewScoped
public class EditPublication implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private CatalogueAdministration administration;

    @Inject
    private PageWords words;

    private Long id;
    private long version;
    private boolean open;
    private boolean withdrawn;
    private String shownTitle;
    private String coverImage;
    private List<EditionRow> editions = List.of();

    private String productNumber;
    private String title;
    private String subtitle;
    private String abstractText;
    private String keywords;
    private ShopCategory category;
    private String series;
    private Integer year;
    private String editionStatement;
    private EditionLanguage textLanguage = EditionLanguage.ENGLISH;

    private Long editionId;
    private long editionVersion;
    private EditionLanguage language;
    private EditionFormat format;
    private BigDecimal price;
    private String isbn;
    private Integer pageCount;
    private Availability availability = Availability.AVAILABLE;
    private LocalDate expectedOn;
    private String editionTitle;

    private transient Part masterFile;
    private transient Part cover;

    /** Without an id the form is empty, for a new publication; creating it checks the actor. */
    public void open() {
        if (id != null) {
            try {
                load();
            } catch (RuleViolation refused) {
                PageMessages.error(refused);
                return;
            }
        }
        open = true;
    }

    private void load() {
        Publication p = administration.publication(currentAccount.get(), id);
        version = p.getVersion();
        withdrawn = p.isWithdrawn();
        shownTitle = p.getTitle();
        coverImage = p.getCoverImage();
        productNumber = p.getProductNumber();
        title = p.getTitle();
        subtitle = p.getSubtitle();
        abstractText = p.getAbstractText();
        keywords = p.getKeywords();
        category = p.getCategory();
        series = p.getSeries();
        year = p.getYear();
        editionStatement = p.getEditionStatement();
        textLanguage = p.getTextLanguage();
        editions = p.getEditions().stream().map(EditionRow::of).toList();
        if (editionId != null) {
            editions.stream().filter(e -> e.id().equals(editionId)).findFirst().ifPresentOrElse(this::fillEdition,
                    this::newEdition);
        }
    }

    private PublicationData publicationData() {
        return new PublicationData(productNumber, title, subtitle, abstractText, keywords, category, series, year,
                editionStatement, textLanguage);
    }

    private EditionData editionData() {
        return new EditionData(language, format, price, isbn, pageCount, availability, expectedOn, editionTitle);
    }

    public String save() {
        try {
            if (id == null) {
                Publication created = administration.create(currentAccount.get(), publicationData(),
                        List.of(editionData()));
                PageMessages.infoAfterRedirect("staff-publication.created", created.getTitle());
                return "/staff/publication?faces-redirect=true&id=" + created.getId();
            }
            administration.edit(currentAccount.get(), id, version, publicationData());
            load();
            PageMessages.info("staff-publication.saved", shownTitle);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
        return null;
    }

    /**
     * Adds the edition of the form, or saves the one it shows. A new edition is opened on a page of
     * its own, whose master file form is rendered for it.
     */
    public String saveEdition() {
        try {
            if (editionId == null) {
                Edition added = administration.addEdition(currentAccount.get(), id, version, editionData());
                PageMessages.infoAfterRedirect("staff-publication.edition-added");
                return "/staff/publication?faces-redirect=true&id=" + id + "&edition=" + added.getId();
            }
            administration.editEdition(currentAccount.get(), editionId, editionVersion, editionData());
            load();
            PageMessages.info("staff-publication.edition-saved");
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
        return null;
    }

    private void newEdition() {
        editionId = null;
        editionVersion = 0;
        language = null;
        format = null;
        price = null;
        isbn = null;
        pageCount = null;
        availability = Availability.AVAILABLE;
        expectedOn = null;
        editionTitle = null;
    }

    private void fillEdition(EditionRow e) {
        editionId = e.id();
        editionVersion = e.version();
        language = e.language();
        format = e.format();
        price = e.price();
        isbn = e.isbn();
        pageCount = e.pageCount();
        availability = e.availability();
        expectedOn = e.expectedOn();
        editionTitle = e.title();
    }

    public void withdraw() {
        try {
            administration.withdraw(currentAccount.get(), id, version);
            load();
            PageMessages.info("staff-publication.withdrawn", shownTitle);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void reinstate() {
        try {
            administration.reinstate(currentAccount.get(), id, version);
            load();
            PageMessages.info("staff-publication.reinstated", shownTitle);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void withdrawEdition() {
        try {
            administration.withdrawEdition(currentAccount.get(), editionId, editionVersion);
            load();
            PageMessages.info("staff-publication.edition-withdrawn");
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void reinstateEdition() {
        try {
            administration.reinstateEdition(currentAccount.get(), editionId, editionVersion);
            load();
            PageMessages.info("staff-publication.edition-reinstated");
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void uploadMasterFile() {
        if (masterFile == null || masterFile.getSize() == 0) {
            PageMessages.error("staff-publication.choose-a-file");
            return;
        }
        try (InputStream content = masterFile.getInputStream()) {
            administration.uploadMasterFile(currentAccount.get(), editionId, editionVersion, content);
            load();
            PageMessages.info("staff-publication.master-file-uploaded", masterFile.getSubmittedFileName());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void uploadCover() {
        if (cover == null || cover.getSize() == 0) {
            PageMessages.error("staff-publication.choose-a-file");
            return;
        }
        try (InputStream content = cover.getInputStream()) {
            administration.uploadCover(currentAccount.get(), id, version, content);
            load();
            PageMessages.info("staff-publication.cover-uploaded", cover.getSubmittedFileName());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The edition the form shows, when it shows one already stored. */
    public EditionRow getEdition() {
        return editionId == null ? null
                : editions.stream().filter(e -> e.id().equals(editionId)).findFirst().orElse(null);
    }

    public CatalogueSettings getLimits() {
        return administration.settings();
    }

    /** A stored file's size as staff read it: in KB below a megabyte (a small PDF is not "0.0 MB"). */
    public String stored(long bytes) {
        return bytes < 1024 * 1024 ? words.text("staff-publication.master-file-stored-kb", (bytes + 1023) / 1024)
                : words.text("staff-publication.master-file-stored-mb", CatalogueFiles.megabytes(bytes));
    }

    /** A limit in MB, as the page states it. */
    public String megabytes(long bytes) {
        return CatalogueFiles.megabytes(bytes);
    }

    public List<ShopCategory> getCategories() {
        return List.of(ShopCategory.values());
    }

    public List<EditionLanguage> getLanguages() {
        return List.of(EditionLanguage.values());
    }

    public List<EditionFormat> getFormats() {
        return List.of(EditionFormat.values());
    }

    public List<Availability> getAvailabilities() {
        return List.of(Availability.values());
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isExisting() {
        return id != null;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public String getShownTitle() {
        return shownTitle;
    }

    public String getCoverImage() {
        return coverImage;
    }

    public List<EditionRow> getEditions() {
        return editions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public String getProductNumber() {
        return productNumber;
    }

    public void setProductNumber(String productNumber) {
        this.productNumber = productNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public void setSubtitle(String subtitle) {
        this.subtitle = subtitle;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public ShopCategory getCategory() {
        return category;
    }

    public void setCategory(ShopCategory category) {
        this.category = category;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getEditionStatement() {
        return editionStatement;
    }

    public void setEditionStatement(String editionStatement) {
        this.editionStatement = editionStatement;
    }

    public EditionLanguage getTextLanguage() {
        return textLanguage;
    }

    public void setTextLanguage(EditionLanguage textLanguage) {
        this.textLanguage = textLanguage;
    }

    public EditionLanguage getLanguage() {
        return language;
    }

    public void setLanguage(EditionLanguage language) {
        this.language = language;
    }

    public EditionFormat getFormat() {
        return format;
    }

    public void setFormat(EditionFormat format) {
        this.format = format;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getIsbn() {
        return isbn;
    }

    public void setIsbn(String isbn) {
        this.isbn = isbn;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public void setPageCount(Integer pageCount) {
        this.pageCount = pageCount;
    }

    public Availability getAvailability() {
        return availability;
    }

    public void setAvailability(Availability availability) {
        this.availability = availability;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }

    public void setExpectedOn(LocalDate expectedOn) {
        this.expectedOn = expectedOn;
    }

    public String getEditionTitle() {
        return editionTitle;
    }

    public void setEditionTitle(String editionTitle) {
        this.editionTitle = editionTitle;
    }

    public Part getMasterFile() {
        return masterFile;
    }

    public void setMasterFile(Part masterFile) {
        this.masterFile = masterFile;
    }

    public Part getCover() {
        return cover;
    }

    public void setCover(Part cover) {
        this.cover = cover;
    }
}
