package org.focalpoint.signup;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.EmailVerification;
import org.focalpoint.faces.ClientAddress;
import org.focalpoint.faces.PageMessages;

import java.io.Serializable;

/** The page the verification link opens: verifies at once, or offers a new link. */
@Named
@ViewScoped
public class VerifyEmailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EmailVerification verification;

    @Inject
    private SignUp signUp;

    private String token;
    private boolean verified;
    private String email;

    public void verify() {
        if (token == null) {
            // opened without a link, to ask for a new one
            return;
        }
        try {
            verification.verify(token);
            verified = true;
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
        }
    }

    public void resend() {
        try {
            signUp.resendVerification(email, ClientAddress.ofRequest());
            PageMessages.info("verify.new-link-sent");
        } catch (RuleViolation refused) {
            PageMessages.errorAt("resend:email", refused);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
