package org.focalpoint.shop.orders;

import java.time.Duration;

/** How often, and for how long after payment, a buyer may download a PDF edition they bought. */
public record DownloadSettings(int mostDownloads, Duration period) {
}
