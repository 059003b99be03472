package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.mailbox.MailboxItemState;
import org.focalpoint.organizations.Organization;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Test-only, for tests that drive the application over HTTP: {@code POST /it/public/accounts}
 * creates an account (public, as the test is not signed in yet); {@code GET /it/whoami} answers
 * who an EJB sees as the caller (protected like every page); {@code GET /it/public/organization?name=}
 * and {@code GET /it/public/affiliation?email=} answer the ids a browser test types into an address
 * or a forged form, as an attacker who guessed them would. For a test that reads the Director's
 * mailbox from outside a server it kills, whose H2 file it cannot open:
 * {@code GET /it/public/mailbox-items?messageIdPrefix=} answers how many items there are for the
 * messages whose Message-ID starts so, how many distinct Message-IDs they have and how many of them
 * are parked ("items distinct parked"); {@code GET /public/edition?number=&language=&format=} answers an
 * edition's id, its master file's digest and its publication's cover's ("-" for none); {@code POST /it/public/mailbox-items/forget?messageIdPrefix=}
 * deletes them, so a shared database is left as it was found. {@code POST /it/public/fixture?of=}
 * makes the data of a {@link ServerFixture}, the class named.
 */
@WebServlet("/it/*")
public class TestSupportServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(TestSupportServlet.class.getName());

    @Inject
    private TestAccounts accounts;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private ConsentService consents;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/public/mailbox-items/forget".equals(request.getPathInfo())) {
            response.setContentType("text/plain");
            response.getWriter().write(Integer.toString(forgetMailboxItems(request.getParameter("messageIdPrefix"))));
            return;
        }
        if ("/public/fixture".equals(request.getPathInfo())) {
            prepare(request.getParameter("of"), response);
            return;
        }
        if (!"/public/accounts".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long id = accounts.create(request.getParameter("email"), request.getParameter("password"),
                AccountState.valueOf(request.getParameter("state")),
                Boolean.parseBoolean(request.getParameter("staff")),
                Boolean.parseBoolean(request.getParameter("mustChangePassword"))).getId();
        response.setContentType("text/plain");
        response.getWriter().write(id.toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (String.valueOf(request.getPathInfo())) {
            case "/whoami" -> accounts.whoAmI();
            case "/public/organization" -> em.createNamedQuery("Organization.byName", Organization.class)
                    .setParameter("name", request.getParameter("name"))
                    .getResultStream().findFirst().map(o -> o.getId().toString()).orElse(null);
            case "/public/affiliation" -> em.createQuery("select a.id from Affiliation a "
                            + "where a.account.emailKey = :key order by a.id desc", Long.class)
                    .setParameter("key", Account.emailKey(request.getParameter("email")))
                    .getResultStream().findFirst().map(String::valueOf).orElse(null);
            case "/public/mailbox-items" -> mailboxItems(request.getParameter("messageIdPrefix"));
            case "/public/edition" -> em.createQuery("select e from Edition e where e.publication.productNumber"
                            + " = :number and e.language = :language and e.format = :format", Edition.class)
                    .setParameter("number", request.getParameter("number"))
                    .setParameter("language", EditionLanguage.valueOf(request.getParameter("language")))
                    .setParameter("format", EditionFormat.valueOf(request.getParameter("format")))
                    .getResultStream().findFirst().map(e -> e.getId() + " " + orDash(e.getMasterFile()) + " "
                            + orDash(e.getPublication().getCoverImage())).orElse(null);
            default -> null;
        };
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }

    /** Answers 204 once the fixture's data is committed, or 500 with what went wrong for the test to show. */
    private void prepare(String testClass, HttpServletResponse response) throws IOException {
        try {
            ServerFixture fixture = Class.forName(testClass, true, getClass().getClassLoader())
                    .asSubclass(ServerFixture.class).getDeclaredConstructor().newInstance();
            tx.begin();
            try {
                fixture.prepare(em, consents);
                tx.commit();
            } catch (Exception | Error e) {
                tx.rollback();
                throw e;
            }
            // fixtures may put rows back by native statements, which the second-level cache does not see
            em.getEntityManagerFactory().getCache().evictAll();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (Exception | Error e) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            LOG.log(Level.SEVERE, "The fixture of " + testClass + " failed", e);
            response.setContentType("text/plain");
            response.getWriter().write(e + "\n(the server log has its stack trace)");
        }
    }

    private String mailboxItems(String messageIdPrefix) {
        Object[] counts = em.createQuery("select count(i), count(distinct i.messageId) from MailboxItem i"
                        + " where i.messageId like :pattern escape '!'", Object[].class)
                .setParameter("pattern", startingWith(messageIdPrefix)).getSingleResult();
        long parked = em.createQuery("select count(i) from MailboxItem i"
                        + " where i.messageId like :pattern escape '!' and i.state = :parked", Long.class)
                .setParameter("pattern", startingWith(messageIdPrefix))
                .setParameter("parked", MailboxItemState.PARKED).getSingleResult();
        return counts[0] + " " + counts[1] + " " + parked;
    }

    private int forgetMailboxItems(String messageIdPrefix) {
        try {
            tx.begin();
            em.createNativeQuery("delete from mailbox_failure where message_id like ? escape '!'")
                    .setParameter(1, startingWith(messageIdPrefix)).executeUpdate();
            int items = em.createNativeQuery("delete from mailbox_item where message_id like ? escape '!'")
                    .setParameter(1, startingWith(messageIdPrefix)).executeUpdate();
            tx.commit();
            em.getEntityManagerFactory().getCache().evictAll();
            return items;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot forget the mailbox items of " + messageIdPrefix, e);
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    /** A LIKE pattern for values that start with {@code prefix}, taken literally. */
    private static String startingWith(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("messageIdPrefix is required");
        }
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
