package org.focalpoint.optin;

import java.io.Serializable;
import java.util.List;

/**
 * One member's automatic approval: its standing per sector it takes part in, and every change
 * recorded, newest first. {@code mayRecord} is true for staff only; focal points read.
 */
public record OptInOverview(Long organizationId, String organizationName, boolean mayRecord,
                            List<SectorOptIn> sectors, List<OptInHistoryLine> history) implements Serializable {
}
