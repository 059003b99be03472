package org.focalpoint.shop;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the search index reads of the catalogue, in the caller's transaction: each offered
 * publication's stamp, and the publications themselves as the index keeps them. A stamp mixes the
 * versions of the publication and of each of its editions, so any change to either gives another.
 */
final class CatalogueReading {

    private final EntityManager em;

    CatalogueReading(EntityManager em) {
        this.em = em;
    }

    /** The stamp of every publication not withdrawn, by id, from the versions alone. */
    Map<Long, Long> stamps() {
        Map<Long, Long> versions = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, p.version from Publication p where p.withdrawn = false",
                Object[].class).getResultList()) {
            versions.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Stamp> stamps = new HashMap<>();
        for (Object[] row : em.createQuery("select e.publication.id, e.id, e.version from Edition e"
                + " where e.publication.withdrawn = false order by e.publication.id, e.id", Object[].class).getResultList()) {
            Long publication = (Long) row[0];
            stamps.computeIfAbsent(publication, id -> new Stamp(versions.get(id))).edition((Long) row[1], (Long) row[2]);
        }
        Map<Long, Long> result = new HashMap<>();
        versions.forEach((id, version) -> result.put(id, stamps.getOrDefault(id, new Stamp(version)).value()));
        return result;
    }

    /** Those of the publications named that are offered, as the index keeps them; the others are left out. */
    List<IndexedPublication> publications(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Publication> publications = em.createQuery("select distinct p from Publication p left join fetch p.editions"
                + " where p.id in :ids and p.withdrawn = false", Publication.class).setParameter("ids", ids).getResultList();
        List<IndexedPublication> indexed = new ArrayList<>(publications.size());
        for (Publication publication : publications) {
            indexed.add(indexed(publication));
        }
        return indexed;
    }

    private static IndexedPublication indexed(Publication p) {
        Stamp stamp = new Stamp(p.getVersion());
        List<IndexedEdition> editions = new ArrayList<>();
        for (Edition e : p.getEditions().stream().sorted(Comparator.comparing(Edition::getId)).toList()) {
            stamp.edition(e.getId(), e.getVersion());
            if (!e.isWithdrawn()) {
                editions.add(new IndexedEdition(e.getLanguage(), e.getFormat(), e.getAvailability(),
                        e.getPrice().movePointRight(2).longValueExact(), e.getTitle()));
            }
        }
        return new IndexedPublication(p.getId(), stamp.value(), p.getProductNumber(), p.getTitle(), p.getSubtitle(),
                p.getAbstractText(), p.getKeywords(), p.getTextLanguage(), p.getCategory(), p.getSeries(), p.getYear(),
                p.getCreatedAt(), p.getCoverImage(), editions);
    }

    /** The versions of a publication and of its editions in the order of their ids, mixed into one number. */
    private static final class Stamp {

        private long value;

        Stamp(long publicationVersion) {
            value = mix(0x9E3779B97F4A7C15L, publicationVersion);
        }

        void edition(long id, long version) {
            value = mix(mix(value, id), version);
        }

        long value() {
            return value;
        }

        private static long mix(long seed, long next) {
            long h = seed * 0x100000001B3L + next;
            h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
            return h ^ (h >>> 33);
        }
    }
}
