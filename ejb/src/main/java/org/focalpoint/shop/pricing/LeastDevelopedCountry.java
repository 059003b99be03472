package org.focalpoint.shop.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country on the United Nations' list of Least Developed Countries, by its ISO 3166-1 alpha-2 code. */
@Entity
@Table(name = "ldc_country")
public class LeastDevelopedCountry {

    @Id
    @Column(length = 2)
    private String country;

    protected LeastDevelopedCountry() {
    }

    LeastDevelopedCountry(String country) {
        this.country = country;
    }

    public String getCountry() {
        return country;
    }
}
