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
        // a setting that allows no download at all is a mistake in the configuration
        if (downloads < 1 || days < 1) {
            throw new IllegalStateException("focalpoint.shop.downloads=" + downloads + ", focalpoint.shop.download-days=" + days);
        }
        return new DownloadSettings(downloads, Duration.ofDays(days));
    }
}
