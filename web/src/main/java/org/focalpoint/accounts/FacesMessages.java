package org.focalpoint.accounts;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

/** Puts a message next to the field it is about, or at the top of the page when that field is not shown. */
final class FacesMessages {

    private FacesMessages() {
    }

    static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** {@code clientId} of a field; a message for a field that is not on the page would be lost. */
    static void errorAt(String clientId, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent field = context.getViewRoot().findComponent(clientId);
        context.addMessage(shown(field) ? clientId : null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static boolean shown(UIComponent component) {
        if (component == null) {
            return false;
        }
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return true;
    }
}
