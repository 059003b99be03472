package org.focalpoint.shop.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PagedList;
import org.focalpoint.security.CurrentAccount;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Staff upload the bank's camt.054 file and read what each new credit did (paid its order, or
 * waits for them, and why); below, every credit that paid nothing, for them to follow up.
 */
@Named
@ViewScoped
public class BankFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private BankFiles bankFiles;

    private transient Part file;
    private List<CreditRow> report = List.of();

    /** A credit of the file just read, with the order it paid or was meant for (none when it matched no order). */
    public record CreditRow(BigDecimal amount, String currency, String reference, String debtor, CreditOutcome outcome,
                            Long orderId, String orderNumber) implements Serializable {

        static CreditRow of(NotifiedCredit credit) {
            ShopOrder order = credit.getOrder();
            return new CreditRow(credit.getAmount(), credit.getCurrency(), written(credit.getPaymentReference()),
                    credit.getDebtor(), credit.getOutcome(), order == null ? null : order.getId(),
                    order == null ? null : order.getNumber());
        }
    }

    private final PagedList<NotifiedCredit> waiting = new PagedList<>(
            () -> bankFiles.countWaiting(currentAccount.get()),
            (first, size, sorting) -> bankFiles.waiting(currentAccount.get(), first, size),
            NotifiedCredit::getId);

    public void upload() {
        report = List.of();
        if (file == null || file.getSize() == 0) {
            PageMessages.error("staff-publication.choose-a-file");
            return;
        }
        // one byte more than a bank file may hold is enough for the service to refuse a larger one
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(BankNotification.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            BankFiles.Report read = bankFiles.read(currentAccount.get(), file.getSubmittedFileName(), content);
            report = read.credits().stream().map(CreditRow::of).toList();
            PageMessages.info("staff-bank-files.read", read.count(CreditOutcome.PAID),
                    read.credits().size() - read.count(CreditOutcome.PAID), read.seenBefore());
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    /** A QR reference in blocks of five, as the invoice prints it; any other reference as the bank gave it. */
    public static String written(String reference) {
        return QrReference.isValid(reference) ? QrReference.written(reference) : reference;
    }

    public int getMaxMegabytes() {
        return BankNotification.MAX_BYTES / (1024 * 1024);
    }

    public List<CreditRow> getReport() {
        return report;
    }

    public PagedList<NotifiedCredit> getWaiting() {
        return waiting;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
