package org.focalpoint.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The network address the current request came from, which the services count some requests by. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String ofRequest() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }
}
