package org.focalpoint.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.reconciliation.Candidate;
import org.focalpoint.reconciliation.DelegationLists;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;

/**
 * Reads a partition's standing registrations organization by organization, a page at a time, so that
 * memory holds one page whatever the size of the registry. The checkpoint is the last registration
 * read: a restart goes on after the last chunk committed.
 */
@Named
@Dependent
public class CandidateReader extends AbstractItemReader {

    private static final int PAGE = 1000;

    @Inject
    @BatchProperty
    private String firstOrganization;

    @Inject
    @BatchProperty
    private String lastOrganization;

    @EJB
    private DelegationLists lists;

    private final LocalDate today = LocalDate.now();
    private long last;
    private Position position;
    private Iterator<Candidate> page = Collections.emptyIterator();

    @Override
    public void open(Serializable checkpoint) {
        last = Long.parseLong(lastOrganization);
        position = checkpoint != null ? (Position) checkpoint
                : new Position(lists.organizationAfter(Long.parseLong(firstOrganization) - 1, last), 0);
    }

    @Override
    public Object readItem() {
        while (!page.hasNext()) {
            if (position.organization() == null) {
                return null;
            }
            page = lists.candidates(position.organization(), position.afterRegistration(), today, PAGE).iterator();
            if (!page.hasNext()) {
                position = new Position(lists.organizationAfter(position.organization(), last), 0);
            }
        }
        Candidate candidate = page.next();
        position = new Position(candidate.organizationId(), candidate.registrationId());
        return candidate;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    /** Where a partition stands: the organization it is reading (null when done) and the last registration read. */
    record Position(Long organization, long afterRegistration) implements Serializable {
    }
}
