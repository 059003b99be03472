package org.focalpoint.affiliations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.OrganizationChoice;
import org.focalpoint.faces.OrganizationChoiceConverter;
import org.focalpoint.faces.OrganizationPicking;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.organizations.MembershipCategory.Standing;
import org.focalpoint.organizations.OrganizationDirectory;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;
import java.util.List;

/**
 * "My affiliations": the person's affiliations and whom to ask, requesting another one or TIES
 * access, withdrawing what waits, and keeping a non-member organization's data. Every action
 * passes the signed-in account; the service decides whether the id sent is theirs.
 */
@Named
@ViewScoped
public class MyAffiliationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The non-member organization being edited, as the form showed it. */
    public static class OrganizationForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final long version;
        private String name;
        private String address;
        private String country;

        OrganizationForm(MyAffiliation a) {
            this.id = a.organizationId();
            this.version = a.organizationVersion();
            this.name = a.organization();
            this.address = a.organizationAddress();
            this.country = a.organizationCountry();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }
    }

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private PageWords words;

    @Inject
    private MyAffiliations myAffiliations;

    @Inject
    private OrganizationDirectory directory;

    private List<MyAffiliation> affiliations;
    private Standing standing;
    private OrganizationChoice organization;
    private boolean wantsTies;
    private OrganizationForm editing;

    @PostConstruct
    void load() {
        affiliations = myAffiliations.of(currentAccount.get());
    }

    public List<MyAffiliation> getAffiliations() {
        return affiliations;
    }

    public String state(MyAffiliation a) {
        return AffiliationWords.state(a, words);
    }

    public String ties(MyAffiliation a) {
        return AffiliationWords.ties(a, words);
    }

    public void requestTies(MyAffiliation a) {
        act(() -> myAffiliations.requestTies(currentAccount.get(), a.id()),
                "affiliations.ties-requested", a.organization(), a.focalPointToAsk());
    }

    public void withdraw(MyAffiliation a) {
        act(() -> myAffiliations.withdraw(currentAccount.get(), a.id()), "affiliations.withdrawn");
    }

    public void startEditing(MyAffiliation a) {
        editing = new OrganizationForm(a);
    }

    public void saveOrganization() {
        OrganizationForm form = editing;
        if (act(() -> myAffiliations.editOrganization(currentAccount.get(), form.id, form.version, form.name,
                form.address, form.country), "affiliations.organization-saved")) {
            editing = null;
        }
    }

    public void cancelEditing() {
        editing = null;
    }

    public OrganizationForm getEditing() {
        return editing;
    }

    public List<SelectItem> getStandings() {
        return OrganizationPicking.standings(words);
    }

    public List<SelectItem> getCountries() {
        return OrganizationPicking.COUNTRIES;
    }

    public void standingChanged() {
        organization = null;
        wantsTies = false;
    }

    /** Offered only where it can be granted; the service refuses it anywhere else anyway. */
    public boolean isTiesOffered() {
        return organization != null && organization.tiesEligible();
    }

    public void organizationChanged() {
        if (!isTiesOffered()) {
            wantsTies = false;
        }
    }

    public List<OrganizationChoice> suggest(String text) {
        return standing == null ? List.of()
                : directory.suggest(standing, text).stream().map(OrganizationChoice::of).toList();
    }

    /** Turns the posted id back into an organization of the chosen standing; anything else is no choice. */
    public Converter<OrganizationChoice> getOrganizationConverter() {
        return new OrganizationChoiceConverter(directory, () -> standing);
    }

    public void requestAffiliation() {
        try {
            MyAffiliation requested = myAffiliations.requestAffiliation(currentAccount.get(),
                    organization == null ? null : organization.id(), wantsTies);
            if (requested.state() == AffiliationState.APPROVED) {
                PageMessages.info("affiliations.affiliated", requested.organization());
            } else {
                PageMessages.info("affiliations.affiliation-requested", requested.organization(),
                        requested.focalPointToAsk());
            }
            standing = null;
            organization = null;
            wantsTies = false;
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        } finally {
            affiliations = myAffiliations.of(currentAccount.get());
        }
    }

    /** Runs one action, shows its outcome or refusal, and shows the affiliations as they now are. */
    private boolean act(Runnable action, String success, Object... arguments) {
        try {
            action.run();
            PageMessages.info(success, arguments);
            return true;
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            return false;
        } finally {
            affiliations = myAffiliations.of(currentAccount.get());
        }
    }

    public Standing getStanding() {
        return standing;
    }

    public void setStanding(Standing standing) {
        this.standing = standing;
    }

    public OrganizationChoice getOrganization() {
        return organization;
    }

    public void setOrganization(OrganizationChoice organization) {
        this.organization = organization;
    }

    public boolean isWantsTies() {
        return wantsTies;
    }

    public void setWantsTies(boolean wantsTies) {
        this.wantsTies = wantsTies;
    }
}
