package org.focalpoint.notifications;

import jakarta.enterprise.context.ApplicationScoped;

/** Absolute links to the application's pages, for mails. The base comes from -Dfocalpoint.base-url. */
@ApplicationScoped
public class Links {

    private final String base = System.getProperty("focalpoint.base-url", "http://localhost:8080/focalpoint");

    /** A page of the application, e.g. {@code page("verify.xhtml", "token", t)}. */
    public String page(String path, String parameter, String value) {
        return base + "/" + path + "?" + parameter + "=" + java.net.URLEncoder.encode(value,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public String page(String path) {
        return base + "/" + path;
    }
}
