package org.focalpoint.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;

import java.io.Serializable;

/** The page the reset link opens: the new password, twice. */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordReset passwordReset;

    private String token;
    private String password;
    private String confirmation;
    private boolean changed;

    public void reset() {
        try {
            passwordReset.reset(token, password, confirmation);
            changed = true;
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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

    public boolean isChanged() {
        return changed;
    }
}
