package org.focalpoint.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

/** The page the confirmation link opens: the new address becomes the login name. */
@Named
@RequestScoped
public class ConfirmEmailChange {

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private Profile profile;

    private String token;
    private String confirmedEmail;

    public void confirm() {
        try {
            profile.confirmEmailChange(currentAccount.get(), token);
            confirmedEmail = currentAccount.get().getEmail();
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public boolean isConfirmed() {
        return confirmedEmail != null;
    }

    public String getConfirmedEmail() {
        return confirmedEmail;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
