package org.focalpoint.shop;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the shop's pages read of the catalogue, for everyone: a publication's page, the comparison,
 * the categories and their series, the newest publications. Only what is on offer: a withdrawn
 * publication or edition is never shown. It reads; staff's catalogue service writes.
 */
@Stateless
public class ShopCatalogue {

    @PersistenceContext
    private EntityManager em;

    /** The publication of this product number, with its editions on offer; empty when there is none on offer. */
    public Optional<OfferedPublication> publication(String productNumber) {
        if (productNumber == null || !productNumber.strip().matches("\\d{9}")) {
            return Optional.empty();
        }
        return em.createQuery("select p from Publication p where p.productNumber = :number and p.withdrawn = false",
                        Publication.class)
                .setParameter("number", productNumber.strip()).getResultStream().findFirst()
                .map(OfferedPublication::of);
    }

    /** The publication on offer that has this edition on offer. */
    public Optional<OfferedPublication> publicationOfEdition(long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        if (edition == null || edition.isWithdrawn() || edition.getPublication().isWithdrawn()) {
            return Optional.empty();
        }
        return Optional.of(OfferedPublication.of(edition.getPublication()));
    }

    /** These publications, in the order asked, leaving out those no longer on offer. */
    public List<OfferedPublication> publications(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Publication> found = em.createQuery("select p from Publication p where p.id in :ids"
                        + " and p.withdrawn = false", Publication.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Publication::getId, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(p -> p != null).map(OfferedPublication::of).toList();
    }

    /** The newest publications on offer: latest year first, then the latest added. */
    public List<OfferedPublication> newest(int count) {
        return em.createQuery("select p from Publication p where p.withdrawn = false"
                        + " order by p.year desc, p.createdAt desc, p.id desc", Publication.class)
                .setMaxResults(Math.max(1, count)).getResultStream().map(OfferedPublication::of).toList();
    }

    /** The four categories in their order, each with its series alphabetically, and the count of publications on offer. */
    public List<CategoryShelf> shelves() {
        Map<ShopCategory, Map<String, Long>> series = new EnumMap<>(ShopCategory.class);
        Map<ShopCategory, Long> totals = new EnumMap<>(ShopCategory.class);
        for (ShopCategory category : ShopCategory.values()) {
            series.put(category, new LinkedHashMap<>());
            totals.put(category, 0L);
        }
        List<Object[]> rows = em.createQuery("select p.category, p.series, count(p) from Publication p"
                + " where p.withdrawn = false group by p.category, p.series order by p.series", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            ShopCategory category = (ShopCategory) row[0];
            long count = ((Number) row[2]).longValue();
            totals.merge(category, count, Long::sum);
            if (row[1] != null) {
                series.get(category).merge((String) row[1], count, Long::sum);
            }
        }
        List<CategoryShelf> shelves = new ArrayList<>();
        for (ShopCategory category : ShopCategory.values()) {
            shelves.add(new CategoryShelf(category, totals.get(category), series.get(category).entrySet().stream()
                    .map(e -> new CategoryShelf.SeriesShelf(e.getKey(), e.getValue())).toList()));
        }
        return shelves;
    }
}
