package org.focalpoint.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Stripe Checkout, enough for the shop's card payment to run without Stripe:
 * the API calls the SDK makes (create and retrieve a Checkout Session), a hosted payment page
 * whose "Pay" button pays the session, and the {@code checkout.session.completed} webhook, signed
 * as Stripe signs it. It needs nothing but the JDK, so the run profile starts it with the source
 * launcher and tests start it in their own JVM:
 * <pre>java StripeStandIn.java &lt;port&gt; &lt;webhookUrl&gt; &lt;webhookSecret&gt;</pre>
 * For tests: {@code POST /test/resend/{id}} sends a paid session's event again (as Stripe retries),
 * {@code POST /test/resend-bad/{id}} sends it signed with another secret; both answer with the
 * status the webhook answered. The form field {@code deliver=later} on the Pay button's post pays
 * without sending the webhook, as when Stripe's notification is late.
 * <p>
 * It listens on the loopback address only, takes any key that looks like a secret key, and keeps
 * its sessions in memory.
 */
public final class StripeStandIn implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StripeStandIn.class.getName());

    /** The API version of the SDK the shop uses; events are written in it. */
    static final String API_VERSION = "2025-08-27.basil";

    private static final Pattern SESSION = Pattern.compile("/v1/checkout/sessions/([A-Za-z0-9_]+)");
    private static final Pattern PAY = Pattern.compile("/pay/([A-Za-z0-9_]+)");
    private static final Pattern RESEND = Pattern.compile("/test/resend(-bad)?/([A-Za-z0-9_]+)");
    private static final Pattern LINE_ITEM = Pattern.compile("line_items\\[(\\d+)]\\[(.+)]");
    private static final Pattern METADATA = Pattern.compile("metadata\\[(.+)]");

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI webhook;
    private final String webhookSecret;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private StripeStandIn(int port, URI webhook, String webhookSecret) throws IOException {
        this.webhook = webhook;
        this.webhookSecret = webhookSecret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // several threads: the shop may call the API back while its webhook is being delivered
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "stripe-stand-in");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /** Listening on {@code port} of the loopback address (0: any free port), posting events to {@code webhook}. */
    public static StripeStandIn start(int port, URI webhook, String webhookSecret) throws IOException {
        StripeStandIn standIn = new StripeStandIn(port, webhook, webhookSecret);
        standIn.server.start();
        return standIn;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            LOG.severe("usage: java StripeStandIn.java <port> <webhookUrl> <webhookSecret>");
            System.exit(2);
        }
        StripeStandIn standIn = start(Integer.parseInt(args[0]), URI.create(args[1]), args[2]);
        LOG.info(() -> "Stripe stand-in on " + standIn.base() + ", webhooks to " + args[1]);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The API base to configure the shop with. */
    public String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Matcher matcher;
            if (path.startsWith("/v1/") && !authorised(exchange)) {
                error(exchange, 401, "authentication_error", "Invalid API Key provided: a secret key, sk_…, is needed.");
            } else if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
                create(exchange, form(exchange));
            } else if (method.equals("GET") && (matcher = SESSION.matcher(path)).matches()) {
                Session session = sessions.get(matcher.group(1));
                if (session == null) {
                    error(exchange, 404, "invalid_request_error", "No such checkout.session: " + matcher.group(1));
                } else {
                    send(exchange, 200, "application/json", session.json());
                }
            } else if ((matcher = PAY.matcher(path)).matches() && sessions.containsKey(matcher.group(1))) {
                Session session = sessions.get(matcher.group(1));
                if (method.equals("GET")) {
                    send(exchange, 200, "text/html; charset=utf-8", session.page());
                } else {
                    pay(exchange, session, form(exchange));
                }
            } else if (method.equals("POST") && (matcher = RESEND.matcher(path)).matches()
                    && sessions.containsKey(matcher.group(2)) && sessions.get(matcher.group(2)).event != null) {
                String secret = matcher.group(1) == null ? webhookSecret : webhookSecret + "-not";
                int status = deliver(sessions.get(matcher.group(2)).event, secret);
                send(exchange, 200, "text/plain; charset=utf-8", Integer.toString(status));
            } else {
                error(exchange, 404, "invalid_request_error", "Unrecognized request URL (" + method + ": " + path + ")");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stripe stand-in: " + exchange.getRequestURI(), e);
            error(exchange, 500, "api_error", String.valueOf(e.getMessage()));
        }
    }

    /** A secret key as the SDK sends it (Bearer), or as curl's {@code -u sk_…:} does (Basic), as Stripe takes both. */
    private static boolean authorised(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            return false;
        }
        String key = authorization.startsWith("Basic ")
                ? new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8)
                : authorization.replaceFirst("^Bearer ", "");
        return key.matches("sk_[^\\s:]+:?");
    }

    /** As Stripe answers: the session, with its page's address; refused without what Stripe requires. */
    private void create(HttpExchange exchange, Map<String, String> form) throws IOException {
        Map<Integer, Map<String, String>> items = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            Matcher item = LINE_ITEM.matcher(name);
            Matcher meta = METADATA.matcher(name);
            if (item.matches()) {
                items.computeIfAbsent(Integer.valueOf(item.group(1)), i -> new LinkedHashMap<>()).put(item.group(2), value);
            } else if (meta.matches()) {
                metadata.put(meta.group(1), value);
            }
        });
        if (!"payment".equals(form.get("mode")) || form.get("success_url") == null || items.isEmpty()) {
            error(exchange, 400, "invalid_request_error", "mode=payment, success_url and line_items are required.");
            return;
        }
        long total = 0;
        String currency = null;
        String description = null;
        for (Map<String, String> item : items.values()) {
            // the pattern leaves the inner brackets: "price_data][unit_amount" for line_items[0][price_data][unit_amount]
            String unitAmount = item.get("price_data][unit_amount");
            if (unitAmount == null || !unitAmount.matches("\\d+")) {
                error(exchange, 400, "invalid_request_error", "Each line item needs price_data[unit_amount] in the smallest unit.");
                return;
            }
            total += Long.parseLong(unitAmount) * Long.parseLong(item.getOrDefault("quantity", "1").strip());
            currency = item.get("price_data][currency");
            description = item.get("price_data][product_data][name");
        }
        String id = randomId("cs_test_");
        Session session = new Session(id, base() + "/pay/" + id, total, currency, description, form.get("client_reference_id"),
                form.get("customer_email"), metadata, form.get("success_url"), form.get("cancel_url"));
        sessions.put(id, session);
        send(exchange, 200, "application/json", session.json());
    }

    /** The Pay button: paid and complete, the webhook sent (unless later), back to the shop. */
    private void pay(HttpExchange exchange, Session session, Map<String, String> form) throws IOException {
        synchronized (session) {
            if (session.event == null) {
                session.paymentStatus = "paid";
                session.status = "complete";
                session.event = event(session);
            }
        }
        if (!"later".equals(form.get("deliver"))) {
            deliver(session.event, webhookSecret);
        }
        exchange.getResponseHeaders().set("Location", session.successUrl.replace("{CHECKOUT_SESSION_ID}", session.id));
        exchange.sendResponseHeaders(303, -1);
    }

    private String event(Session session) {
        return "{\"id\":" + quoted(randomId("evt_test_"))
                + ",\"object\":\"event\",\"api_version\":" + quoted(API_VERSION)
                + ",\"created\":" + Instant.now().getEpochSecond()
                + ",\"livemode\":false,\"pending_webhooks\":1,\"request\":{\"id\":null,\"idempotency_key\":null}"
                + ",\"type\":\"checkout.session.completed\",\"data\":{\"object\":" + session.json() + "}}";
    }

    private String randomId(String prefix) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    /** Posts the event signed now, as Stripe does on each attempt; the webhook's status, or 0 if it did not answer. */
    private int deliver(String event, String secret) {
        long now = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                .header("Stripe-Signature", "t=" + now + ",v1=" + hmacSha256(secret, now + "." + event))
                .POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            LOG.warning(() -> "Stripe stand-in: the webhook " + webhook + " did not answer: " + e);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static String hmacSha256(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form the SDK sends, names as written ({@code line_items[0][quantity]}). */
    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                form.put(name, value);
            }
        }
        return form;
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        send(exchange, status, "application/json",
                "{\"error\":{\"type\":" + quoted(type) + ",\"message\":" + quoted(message) + "}}");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Request-Id", "req_stand_in");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A Checkout Session as far as the shop reads it; its state changes when it is paid. */
    private static final class Session {

        final String id;
        final String url;
        final long amountTotal;
        final String currency;
        final String description;
        final String clientReferenceId;
        final String customerEmail;
        final Map<String, String> metadata;
        final String successUrl;
        final String cancelUrl;
        final long created = Instant.now().getEpochSecond();
        volatile String paymentStatus = "unpaid";
        volatile String status = "open";
        /** The completed event, written once when paid and sent as it is each time. */
        volatile String event;

        Session(String id, String url, long amountTotal, String currency, String description, String clientReferenceId,
                String customerEmail, Map<String, String> metadata, String successUrl, String cancelUrl) {
            this.id = id;
            this.url = url;
            this.amountTotal = amountTotal;
            this.currency = currency;
            this.description = description;
            this.clientReferenceId = clientReferenceId;
            this.customerEmail = customerEmail;
            this.metadata = metadata;
            this.successUrl = successUrl;
            this.cancelUrl = cancelUrl;
        }

        String json() {
            StringBuilder meta = new StringBuilder("{");
            metadata.forEach((key, value) -> meta.append(meta.length() > 1 ? "," : "").append(quoted(key)).append(':').append(quoted(value)));
            meta.append('}');
            return "{\"id\":" + quoted(id) + ",\"object\":\"checkout.session\",\"mode\":\"payment\""
                    + ",\"url\":" + (status.equals("open") ? quoted(url) : "null")
                    + ",\"amount_subtotal\":" + amountTotal + ",\"amount_total\":" + amountTotal
                    + ",\"currency\":" + quoted(currency)
                    + ",\"client_reference_id\":" + quoted(clientReferenceId)
                    + ",\"customer_email\":" + quoted(customerEmail)
                    + ",\"metadata\":" + meta
                    + ",\"payment_method_types\":[\"card\"]"
                    + ",\"success_url\":" + quoted(successUrl) + ",\"cancel_url\":" + quoted(cancelUrl)
                    + ",\"payment_status\":" + quoted(paymentStatus) + ",\"status\":" + quoted(status)
                    + ",\"created\":" + created + ",\"expires_at\":" + (created + 24 * 3600) + ",\"livemode\":false}";
        }

        String page() {
            String amount = String.format("%s %d.%02d", currency == null ? "" : currency.toUpperCase(), amountTotal / 100, amountTotal % 100);
            String action = status.equals("open")
                    ? "<form method=\"post\" action=\"/pay/" + id + "\"><button type=\"submit\">Pay</button></form>"
                    : "<p>This session is already paid.</p>";
            return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Stripe stand-in: pay "
                    + html(amount) + "</title></head><body><main><h1>Pay " + html(amount) + "</h1>"
                    + "<p>" + html(description) + "</p><p>" + html(customerEmail) + "</p>" + action
                    + (cancelUrl == null ? "" : "<p><a href=\"" + html(cancelUrl) + "\">Cancel and return</a></p>")
                    + "</main></body></html>";
        }
    }
}
