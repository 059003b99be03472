package org.focalpoint.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.MyAffiliations;
import org.focalpoint.security.CurrentAccount;

import java.util.List;

/** The home page: a greeting and where the person stands with each organization. */
@Named
@RequestScoped
public class Home {

    /** One organization the person is affiliated with, in words. */
    public record AffiliationRow(String organization, String state, String tiesAccess) {
    }

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private MyAffiliations myAffiliations;

    private String givenName;
    private List<AffiliationRow> affiliations;

    @PostConstruct
    void load() {
        Account self = currentAccount.get();
        givenName = self.getGivenName();
        affiliations = myAffiliations.of(self).stream().map(Home::row).toList();
    }

    private static AffiliationRow row(Affiliation a) {
        String ties;
        if (!a.getOrganization().isTiesEligible()) {
            ties = "Not applicable";
        } else if (a.getTiesAccess() == null) {
            ties = "Not requested";
        } else {
            ties = words(a.getTiesAccess().getState().name());
        }
        return new AffiliationRow(a.getOrganization().getName(), words(a.getState().name()), ties);
    }

    /** REQUESTED -> Requested. */
    private static String words(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase().replace('_', ' ');
    }

    public String getGivenName() {
        return givenName;
    }

    public List<AffiliationRow> getAffiliations() {
        return affiliations;
    }
}
