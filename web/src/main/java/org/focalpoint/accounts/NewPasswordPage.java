package org.focalpoint.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

/** The password an account moved from the old platform must choose before anything else. */
@Named
@RequestScoped
public class NewPasswordPage {

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private Passwords passwords;

    private String password;
    private String confirmation;

    public String save() {
        try {
            passwords.setNewPassword(currentAccount.get(), password, confirmation);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            return null;
        }
        PageMessages.infoAfterRedirect("account-new-password.set");
        return "/index?faces-redirect=true";
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
