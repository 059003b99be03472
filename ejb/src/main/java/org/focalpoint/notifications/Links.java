package org.focalpoint.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links to the application's pages, for mails. The base is the setting focalpoint.base-url. */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "focalpoint.base-url", defaultValue = "http://localhost:8080/focalpoint")
    String base;

    /** A page of the application, e.g. {@code page("verify.xhtml", "token", t)}. */
    public String page(String path, String parameter, String value) {
        return base + "/" + path + "?" + parameter + "=" + java.net.URLEncoder.encode(value,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    public String page(String path) {
        return base + "/" + path;
    }
}
