package org.focalpoint.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

/** The catalogue's settings, from the server's configuration (its system properties among its sources). */
@ApplicationScoped
public class CatalogueConfiguration {

    /** Unset, the server's data folder's {@code focalpoint/catalogue}: a default value is not expanded, so it is made here. */
    @Inject
    @ConfigProperty(name = "focalpoint.shop.data-dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.master-file-max-bytes", defaultValue = "104857600")
    long masterFileMaxBytes;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.cover-max-bytes", defaultValue = "5242880")
    long coverMaxBytes;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.cover-min-side", defaultValue = "100")
    int coverMinSide;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.cover-max-side", defaultValue = "5000")
    int coverMaxSide;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.import-max-bytes", defaultValue = "10485760")
    long importMaxBytes;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.import-max-rows", defaultValue = "5000")
    int importMaxRows;

    @Produces
    CatalogueSettings settings() {
        Path folder = dataDir.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "focalpoint", "catalogue"));
        return new CatalogueSettings(folder, masterFileMaxBytes, coverMaxBytes, coverMinSide, coverMaxSide,
                importMaxBytes, importMaxRows);
    }
}
