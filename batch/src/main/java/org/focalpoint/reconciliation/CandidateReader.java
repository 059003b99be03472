package org.focalpoint.reconciliation;

import jakarta.annotation.PostConstruct;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;

/**
 * Reads a partition's standing registrations a page of organizations at a time, so that memory holds
 * one page whatever the size of the registry. The checkpoint is the last registration read: a
 * restart goes on after the last chunk committed.
 */
@Named
@Dependent
public class CandidateReader extends AbstractItemReader {
    @Inject
    private Clock clock;


    /**
     * The database answers a page by scanning the registrations whole, whatever the page's size: few
     * large pages. On the benchmark's data a page is 130,000 registrations, about 25 MB.
     */
    private static final int ORGANIZATIONS_PER_PAGE = 250;

    @Inject
    @BatchProperty
    private String firstOrganization;

    @Inject
    @BatchProperty
    private String lastOrganization;

    @EJB
    private DelegationLists lists;

    private LocalDate today;

    /** One day for the whole step, even when it runs past midnight. */
    @PostConstruct
    void fixToday() {
        today = LocalDate.now(clock);
    }
    private long last;
    private Position position;
    /** The last organization of the page being read; null before the first. */
    private Long through;
    private Iterator<Candidate> page = Collections.emptyIterator();

    @Override
    public void open(Serializable checkpoint) {
        last = Long.parseLong(lastOrganization);
        position = checkpoint != null ? (Position) checkpoint : new Position(Long.parseLong(firstOrganization), 0);
    }

    @Override
    public Object readItem() {
        while (!page.hasNext()) {
            if (through != null) {
                position = Position.after(through);
            }
            Long next = lists.throughOrganization(position.organization(), last, ORGANIZATIONS_PER_PAGE);
            if (next == null || next.equals(through)) {
                return null;
            }
            through = next;
            page = lists.candidates(position.organization(), position.afterRegistration(), through, today).iterator();
        }
        Candidate candidate = page.next();
        position = new Position(candidate.organizationId(), candidate.registrationId());
        return candidate;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    /** Where a partition stands: everything up to this registration of this organization is read. */
    record Position(long organization, long afterRegistration) implements Serializable {

        /** Every registration of {@code organization} read. */
        static Position after(long organization) {
            return new Position(organization, Long.MAX_VALUE);
        }
    }
}
