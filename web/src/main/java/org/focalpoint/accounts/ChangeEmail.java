package org.focalpoint.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

import java.io.Serializable;

/** "My profile", e-mail section: asks for a confirmation link to a new address. */
@Named
@ViewScoped
public class ChangeEmail implements Serializable {

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private Profile profile;

    private String currentEmail;
    private String newEmail;

    @PostConstruct
    void load() {
        currentEmail = currentAccount.get().getEmail();
    }

    public void request() {
        try {
            profile.requestEmailChange(currentAccount.get(), newEmail);
            PageMessages.info("account-profile.email-link-sent", newEmail.strip(), currentEmail);
            newEmail = null;
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public String getCurrentEmail() {
        return currentEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }
}
