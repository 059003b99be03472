package org.focalpoint.shop;

import java.nio.file.Path;

/**
 * Where the catalogue's files are kept and the limits of what staff upload: a master file's and a
 * cover's size in bytes, a cover's sides in pixels, and a catalogue file's size and rows. Pages
 * state them next to the fields.
 */
public record CatalogueSettings(Path dataDir,
                                long masterFileMaxBytes,
                                long coverMaxBytes,
                                int coverMinSide,
                                int coverMaxSide,
                                long importMaxBytes,
                                int importMaxRows) {
}
