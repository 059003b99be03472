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

    public List<Publication> page(Account actor, String words, int first, int pageSize) {
        secretariat.require(actor, CatalogueAdministration.ONLY_STAFF);
        return query("select p", Publication.class, words, " order by p.year desc, p.productNumber desc")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
    }

    public long count(Account actor, String words) {
        secretariat.require(actor, CatalogueAdministration.ONLY_STAFF);
        return query("select count(p)", Long.class, words, "").getSingleResult();
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
