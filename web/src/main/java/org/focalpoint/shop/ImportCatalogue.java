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
import java.util.List;

/** Staff upload a catalogue file and read, row by row, what was taken or refused and why. */
@Named
@ViewScoped
public class ImportCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the report, in the reader's language. */
    public record ReportRow(long row, String productNumber, String language, String format, boolean taken,
                            String reason) implements Serializable {
    }

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private CatalogueAdministration administration;

    @Inject
    private PageWords words;

    private transient Part file;
    private List<ReportRow> report = List.of();
    private boolean imported;

    public void upload() {
        report = List.of();
        imported = false;
        if (file == null || file.getSize() == 0) {
            PageMessages.error("staff-publication.choose-a-file");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            CatalogueImport.Plan plan = administration.importCatalogue(currentAccount.get(), file.getSubmittedFileName(), content);
            report = plan.lines().stream().map(line -> new ReportRow(line.row(), line.productNumber(), line.language(),
                    line.format(), line.taken(), line.taken() ? null
                    : line.refusal().in(PageWords.viewLocale(), words.zone()))).toList();
            imported = plan.acceptable();
            if (imported) {
                PageMessages.info("staff-catalogue-import.imported", plan.publications().size(), plan.lines().size());
            } else {
                PageMessages.error("staff-catalogue-import.refused",
                        report.stream().filter(r -> !r.taken()).count(), report.size());
            }
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header and two rows of one publication, as a file would hold them. */
    public String getSample() {
        return String.join("\n", CatalogueFile.SAMPLE);
    }

    public String getMaxMegabytes() {
        return CatalogueFiles.megabytes(administration.settings().importMaxBytes());
    }

    public int getMaxRows() {
        return administration.settings().importMaxRows();
    }

    public List<ReportRow> getReport() {
        return report;
    }

    public boolean isImported() {
        return imported;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
