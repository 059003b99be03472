package org.focalpoint;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages shown at the top of the page, where the layout's p:messages lists them. */
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

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
