package org.focalpoint.deactivation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.focalpoint.RuleViolation;
import org.focalpoint.faces.PageMessages;
import org.focalpoint.security.CurrentAccount;

import java.io.IOException;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;

/** "My profile", last section: the person closes their own account and is signed out. */
@Named
@ViewScoped
public class DeactivateAccount implements Serializable {

    private static final Logger LOG = Logger.getLogger(DeactivateAccount.class.getName());

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private Deactivation deactivation;

    private String confirmation;

    public void deactivate() throws IOException {
        try {
            deactivation.deactivate(currentAccount.get(), confirmation);
        } catch (RuleViolation refused) {
            PageMessages.error(refused);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            // the session goes below anyway, and a deactivated account cannot be used again
            LOG.log(Level.WARNING, "Sign-out after deactivation failed", e);
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/signin.xhtml?deactivated=true");
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
