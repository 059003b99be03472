package org.focalpoint.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.focalpoint.faces.PageWords;
import org.focalpoint.security.SignInAttempt;

import java.io.IOException;

/** The sign-in form: hands e-mail and password to the container's authentication. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private PageWords words;

    private String email;
    private String password;

    public void signIn() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getUserPrincipal() != null) {
            // someone else signed in earlier in this browser: the session would keep their identity
            request.logout();
        }
        // A new session id before an identity is attached to the session, so that an id someone
        // else planted or saw beforehand is worth nothing. It must happen before authenticate():
        // when it sends the person back to the page first asked for, the response is complete.
        request.getSession(true);
        request.changeSessionId();
        // Not a "new authentication": that would make the mechanism forget the page first asked for.
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams().credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            default -> {
                SignInResult result = attempt.result();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        result == null ? words.text("signin.not-correct") : result.message(), null));
            }
        }
    }

    /** Whether the last attempt failed only because the address is not verified yet (the page offers a new link). */
    public boolean isNotVerified() {
        return attempt.result() != null && attempt.result().outcome() == SignInResult.Outcome.NOT_VERIFIED;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
