package org.focalpoint.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

/** Messages shown at the top of the page, where the layout's p:messages lists them, or next to a field. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** Kept across a redirect, for the page the person lands on. */
    public static void infoAfterRedirect(String text) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    /**
     * Next to the field {@code clientId}, or at the top of the page when that field is not shown:
     * a message for a field that is not on the page would be lost.
     */
    public static void errorAt(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent field = context.getViewRoot().findComponent(clientId);
        context.addMessage(shown(field) ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
