package org.focalpoint.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/** The catalogue's settings, from the server's configuration (its system properties among its sources). */
@ApplicationScoped
public class CatalogueConfiguration {

    @Inject
    @ConfigProperty(name = "focalpoint.shop.data-dir", defaultValue = "${jboss.server.data.dir}/focalpoint/catalogue")
    String dataDir;

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
        return new CatalogueSettings(Path.of(dataDir), masterFileMaxBytes, coverMaxBytes, coverMinSide, coverMaxSide,
                importMaxBytes, importMaxRows);
    }
}
