package org.focalpoint.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.affiliations.AffiliationWords;
import org.focalpoint.affiliations.MyAffiliation;
import org.focalpoint.affiliations.MyAffiliations;
import org.focalpoint.faces.PageWords;
import org.focalpoint.security.CurrentAccount;

import java.util.List;

/** The home page: a greeting and where the person stands with each organization. */
@Named
@RequestScoped
public class Home {

    /** One organization the person is affiliated with, in words. */
    public record AffiliationRow(String organization, String state, String tiesAccess, String focalPointToAsk) {
    }

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private MyAffiliations myAffiliations;

    private String givenName;
    private List<AffiliationRow> affiliations;

    @PostConstruct
    void load() {
        Account self = currentAccount.get();
        givenName = self.getGivenName();
        affiliations = myAffiliations.of(self).stream().map(this::row).toList();
    }

    private AffiliationRow row(MyAffiliation a) {
        return new AffiliationRow(a.organization(), AffiliationWords.state(a, words), AffiliationWords.ties(a, words),
                a.focalPointToAsk());
    }

    public String getGivenName() {
        return givenName;
    }

    public List<AffiliationRow> getAffiliations() {
        return affiliations;
    }
}
