package org.focalpoint.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.focalpoint.RuleViolation;

/**
 * Messages shown at the top of the page, where the layout's p:messages lists them, or next to a field:
 * a key of the pages' bundle and its arguments ({@link PageWords}), rendered in the view's language.
 */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, PageWords.inView(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, PageWords.inView(key, arguments));
    }

    /** What a service refused, in the view's language. */
    public static void error(RuleViolation refused) {
        add(FacesMessage.SEVERITY_ERROR, refused.in(PageWords.viewLocale(), PageWords.viewZone()));
    }

    /** Kept across a redirect, for the page the person lands on. */
    public static void infoAfterRedirect(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    /**
     * Next to the field {@code clientId}, or at the top of the page when that field is not shown:
     * a message for a field that is not on the page would be lost.
     */
    public static void errorAt(String clientId, String key, Object... arguments) {
        errorTextAt(clientId, PageWords.inView(key, arguments));
    }

    /** {@link #errorAt} for what a service refused. */
    public static void errorAt(String clientId, RuleViolation refused) {
        errorTextAt(clientId, refused.in(PageWords.viewLocale(), PageWords.viewZone()));
    }

    /** A text a service wrote in its own words, next to the field {@code clientId} like {@link #errorAt}. */
    public static void serviceErrorAt(String clientId, String text) {
        errorTextAt(clientId, text);
    }

    private static void errorTextAt(String clientId, String text) {
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
