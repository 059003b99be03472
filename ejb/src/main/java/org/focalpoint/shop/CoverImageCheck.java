package org.focalpoint.shop;

import org.focalpoint.RuleViolation;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A cover is a PNG or JPEG image that decodes, with sides within the limits. Its sides are read
 * from its header before it is decoded, so a small file that claims a huge picture is refused
 * without the memory decoding it would take.
 */
public final class CoverImageCheck {

    private static final Map<String, String> MEDIA_TYPES = Map.of("png", "image/png", "jpeg", "image/jpeg");

    private CoverImageCheck() {
    }

    /** The image's media type, or refused with the reason a person can act on. */
    public static String check(Path file, int minSide, int maxSide) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new RuleViolation("shop.cover-not-image");
            }
            ImageReader reader = readers.next();
            try {
                String mediaType = MEDIA_TYPES.get(reader.getFormatName().toLowerCase(Locale.ROOT));
                if (mediaType == null) {
                    throw new RuleViolation("shop.cover-not-image");
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (Math.min(width, height) < minSide || Math.max(width, height) > maxSide) {
                    throw new RuleViolation("shop.cover-sides", String.valueOf(width), String.valueOf(height),
                            String.valueOf(minSide), String.valueOf(maxSide));
                }
                reader.read(0);
                return mediaType;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation refused) {
                throw refused;
            }
            throw new RuleViolation("shop.cover-not-image");
        }
    }
}
