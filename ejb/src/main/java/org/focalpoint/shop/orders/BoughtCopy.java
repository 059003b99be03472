package org.focalpoint.shop.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A PDF edition bought: its personalised copy, made at the first download and kept under its
 * digest, and how many times it was downloaded.
 */
@Entity
@Table(name = "order_download")
public class BoughtCopy {

    @Id
    @SequenceGenerator(name = "order_download_seq", sequenceName = "order_download_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_download_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "order_line_id")
    private OrderLine line;

    @Column(name = "copy_file", length = 64)
    private String copyFile;

    @Column(name = "first_at")
    private Instant firstAt;

    @Column(nullable = false)
    private int downloads;

    protected BoughtCopy() {
    }

    BoughtCopy(OrderLine line) {
        this.line = line;
    }

    void made(String digest, Instant at) {
        this.copyFile = digest;
        this.firstAt = at;
    }

    void downloaded() {
        downloads++;
    }

    public Long getId() {
        return id;
    }

    public OrderLine getLine() {
        return line;
    }

    public String getCopyFile() {
        return copyFile;
    }

    public Instant getFirstAt() {
        return firstAt;
    }

    public int getDownloads() {
        return downloads;
    }
}
