package org.focalpoint.shop.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** {@code focalpoint.shop.downloads} (5) within {@code focalpoint.shop.download-days} (60) of payment. */
@ApplicationScoped
public class DownloadConfiguration {

    @Inject
    @ConfigProperty(name = "focalpoint.shop.downloads", defaultValue = "5")
    int downloads;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.download-days", defaultValue = "60")
    int days;

    @Produces
    DownloadSettings settings() {
        if (downloads < 1 || days < 1) {
            throw new IllegalStateException("focalpoint.shop.downloads and download-days must be at least 1");
        }
        return new DownloadSettings(downloads, Duration.ofDays(days));
    }
}
