package org.focalpoint.shop;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.SecretariatStaff;
import org.focalpoint.persistence.Like;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff's list of every publication, withdrawn ones too, searched in the database (not the
 * search index, which leaves withdrawn ones out): each word typed must be in the title, subtitle,
 * keywords or product number. Newest first.
 */
@Stateless
public class CatalogueOversight {

    /** More words than this are not looked at: a search is a few words, not a text. */
    private static final int MOST_WORDS = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretariatStaff secretariat;

    public List<OverseenPublication> page(Account actor, String words, int first, int pageSize) {
        secretariat.require(actor, CatalogueAdministration.ONLY_STAFF);
        List<Object[]> rows = query("select p.id, p.productNumber, p.title, p.category, p.year, p.withdrawn",
                Object[].class, words, " order by p.year desc, p.productNumber desc")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> editions = editionCounts(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new OverseenPublication((Long) r[0], (String) r[1], (String) r[2],
                (ShopCategory) r[3], (Integer) r[4], (Boolean) r[5], editions.getOrDefault((Long) r[0], 0L))).toList();
    }

    public long count(Account actor, String words) {
        secretariat.require(actor, CatalogueAdministration.ONLY_STAFF);
        return query("select count(p)", Long.class, words, "").getSingleResult();
    }

    /** The editions of one page's publications counted in one query, not one per line. */
    private Map<Long, Long> editionCounts(List<Long> publicationIds) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select e.publication.id, count(e) from Edition e where e.publication.id in :ids"
                        + " group by e.publication.id", Object[].class)
                .setParameter("ids", publicationIds).getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private <T> TypedQuery<T> query(String select, Class<T> type, String words, String order) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String[] typed = words == null || words.isBlank() ? new String[0] : words.strip().split("\\s+");
        for (int i = 0; i < Math.min(typed.length, MOST_WORDS); i++) {
            String name = "w" + i;
            conditions.add("(lower(p.title) like :" + name + " escape '!' or lower(p.subtitle) like :" + name
                    + " escape '!' or lower(p.keywords) like :" + name + " escape '!' or p.productNumber like :"
                    + name + " escape '!')");
            parameters.put(name, Like.containing(typed[i]));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = em.createQuery(select + " from Publication p" + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
