package org.focalpoint.nightly;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One partition of a run: the organizations it covers (so that a restart works on the same ones,
 * whatever organizations were added since) and how far it got, which is the run's progress.
 */
@Entity
@Table(name = "job_run_partition")
public class RunPartition {

    @EmbeddedId
    private Key key;

    @Column(name = "first_organization_id", nullable = false)
    private long firstOrganizationId;

    @Column(name = "last_organization_id", nullable = false)
    private long lastOrganizationId;

    @Column(nullable = false)
    private long total;

    @Column(nullable = false)
    private long done;

    protected RunPartition() {
    }

    public RunPartition(long runId, int number, long firstOrganizationId, long lastOrganizationId, long total) {
        this.key = new Key(runId, number);
        this.firstOrganizationId = firstOrganizationId;
        this.lastOrganizationId = lastOrganizationId;
        this.total = total;
    }

    public int getNumber() {
        return key.partitionNo;
    }

    public long getFirstOrganizationId() {
        return firstOrganizationId;
    }

    public long getLastOrganizationId() {
        return lastOrganizationId;
    }

    public long getTotal() {
        return total;
    }

    public long getDone() {
        return done;
    }

    public void progressed(int items) {
        done += items;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "run_id")
        private long runId;

        @Column(name = "partition_no")
        private int partitionNo;

        protected Key() {
        }

        public Key(long runId, int partitionNo) {
            this.runId = runId;
            this.partitionNo = partitionNo;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.runId == runId && key.partitionNo == partitionNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, partitionNo);
        }
    }
}
