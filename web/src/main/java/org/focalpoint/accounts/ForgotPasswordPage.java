package org.focalpoint.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.ClientAddress;
import org.focalpoint.faces.PageMessages;

/** Asking for a link to choose a new password. */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @Inject
    private PasswordReset passwordReset;

    private String email;

    public void send() {
        try {
            passwordReset.requestReset(email, ClientAddress.ofRequest());
            PageMessages.info("password-forgot.sent-if-exists");
        } catch (RuleViolation refused) {
            PageMessages.errorAt("forgot:email", refused);
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
