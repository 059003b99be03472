package org.focalpoint.signup;

import jakarta.annotation.PostConstruct;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.faces.ClientAddress;
import org.focalpoint.faces.OrganizationChoice;
import org.focalpoint.faces.OrganizationChoiceConverter;
import org.focalpoint.faces.OrganizationPicking;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.faces.PageWords;
import org.focalpoint.organizations.MembershipCategory.Standing;
import org.focalpoint.organizations.OrganizationDirectory;
import org.focalpoint.signup.SignUpForm.Field;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The sign-up page: who you are, which organization you belong to, and the consents. */
@Named
@ViewScoped
public class SignUpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each refusal is shown, by id of the field within the form "signup". */
    private static final Map<Field, String> FIELD_IDS = new EnumMap<>(Map.of(
            Field.STANDING, "standing",
            Field.ORGANIZATION, "organization",
            Field.NEW_ORGANIZATION_NAME, "newOrganizationName",
            Field.NEW_ORGANIZATION_COUNTRY, "newOrganizationCountry",
            Field.TIES, "ties",
            Field.GIVEN_NAME, "givenName",
            Field.FAMILY_NAME, "familyName",
            Field.EMAIL, "email",
            Field.PASSWORD, "password",
            Field.CONSENT, "consents"));

    @Inject
    private SignUp signUp;

    @Inject
    private PageWords words;

    @Inject
    private OrganizationDirectory directory;

    @Inject
    private ConsentService consents;

    private final SignUpForm form = new SignUpForm();
    private OrganizationChoice organization;
    private List<ConsentToAccept> documents;
    private String sentTo;

    @PostConstruct
    void showCurrentConsents() {
        documents = consents.currentDocuments().stream().map(ConsentToAccept::new).collect(Collectors.toList());
    }

    public List<SelectItem> getStandings() {
        return OrganizationPicking.standings(words);
    }

    public List<SelectItem> getCountries() {
        return OrganizationPicking.COUNTRIES;
    }

    public boolean isChoosingFromList() {
        return form.getStanding() == Standing.ITU_MEMBER || form.getStanding() == Standing.SPECIFIC_STATUS;
    }

    public boolean isTypingOrganization() {
        return form.getStanding() == Standing.OTHER;
    }

    /** Offered only where it can be granted; the service refuses it anywhere else anyway. */
    public boolean isTiesOffered() {
        return isChoosingFromList() && organization != null && organization.tiesEligible();
    }

    public void standingChanged() {
        organization = null;
        form.setWantsTies(false);
    }

    public void organizationChanged() {
        if (!isTiesOffered()) {
            form.setWantsTies(false);
        }
    }

    public List<OrganizationChoice> suggest(String text) {
        if (!isChoosingFromList()) {
            return List.of();
        }
        return directory.suggest(form.getStanding(), text).stream().map(OrganizationChoice::of).toList();
    }

    /** Turns the posted id back into an organization of the chosen standing; anything else is no choice. */
    public Converter<OrganizationChoice> getOrganizationConverter() {
        return new OrganizationChoiceConverter(directory, form::getStanding);
    }

    public void create() {
        form.setOrganizationId(isChoosingFromList() && organization != null ? organization.id() : null);
        form.setAcceptedConsentIds(documents.stream().filter(ConsentToAccept::isAccepted)
                .map(ConsentToAccept::getId).collect(Collectors.toSet()));
        try {
            Account account = signUp.signUp(form, ClientAddress.ofRequest());
            sentTo = account.getEmail();
        } catch (SignUpRefused refused) {
            refused.problems().forEach((field, message) -> PageMessages.serviceErrorAt("signup:" + FIELD_IDS.get(field),
                    message));
            if (refused.problems().containsKey(Field.CONSENT)) {
                showNewerConsentsIfAny();
            }
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        } finally {
            form.forgetPasswords();
        }
    }

    /** A version published while the page was open replaces the one shown, unticked. */
    private void showNewerConsentsIfAny() {
        Set<Long> shown = documents.stream().map(ConsentToAccept::getId).collect(Collectors.toSet());
        List<ConsentToAccept> current = consents.currentDocuments().stream().map(ConsentToAccept::new).toList();
        if (!current.stream().map(ConsentToAccept::getId).collect(Collectors.toSet()).equals(shown)) {
            documents = new ArrayList<>(current);
        }
    }

    public SignUpForm getForm() {
        return form;
    }

    public OrganizationChoice getOrganization() {
        return organization;
    }

    public void setOrganization(OrganizationChoice organization) {
        this.organization = organization;
    }

    public List<ConsentToAccept> getDocuments() {
        return documents;
    }

    /** The address the verification link went to, once the account is created. */
    public String getSentTo() {
        return sentTo;
    }
}
