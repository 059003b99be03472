package org.focalpoint.consent;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.faces.PageWords;
import org.focalpoint.security.CurrentAccount;

import java.util.List;

/** "My consents": every version the person accepted and when. */
@Named
@RequestScoped
public class ConsentHistory {

    /** Accounts carry no time zone, so times are shown in UTC and say so. */

    /** One acceptance, in words. */
    public record Row(ConsentKind document, int version, String title, String acceptedAt) {
    }

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private ConsentService consentService;

    private List<Row> acceptances;

    @PostConstruct
    void load() {
        acceptances = consentService.historyOf(currentAccount.get()).stream()
                .map(a -> new Row(a.getDocument().getKind(), a.getDocument().getDocVersion(),
                        a.getDocument().getTitle(), words.dates().moment(a.getAcceptedAt())))
                .toList();
    }

    public List<Row> getAcceptances() {
        return acceptances;
    }
}
