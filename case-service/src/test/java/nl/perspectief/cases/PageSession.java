package nl.perspectief.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import nl.perspectief.keycloak.DemoUsers;

/**
 * A browser's session with the pages, over plain HTTP: signed in through the real sign-in flow (the service
 * sends the browser to Keycloak, Keycloak's login form is filled in and posted, Keycloak sends the browser back
 * with a code), cookies kept as a browser keeps them. jsoup reads the login form's action and the pages' CSRF
 * tokens. Requests made with it do not follow redirects, so a test sees each answer as it is.
 */
public final class PageSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final CookieManager cookies = new CookieManager(new LoopbackIsSecure(), CookiePolicy.ACCEPT_ALL);
    private final HttpClient browser;
    private final HttpClient following;

    private PageSession(String base) {
        this.base = URI.create(base);
        this.browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT).build();
        this.following = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(TIMEOUT).build();
    }

    /** A session that has not signed in. */
    public static PageSession anonymous(String base) {
        return new PageSession(base);
    }

    /** A session of {@code user}, signed in through Keycloak's login page. */
    public static PageSession signedIn(String base, DemoUsers user) {
        PageSession session = new PageSession(base);
        HttpResponse<String> loginPage = session.send(session.following, HttpRequest.newBuilder(session.base.resolve("/")).GET());
        Document page = Jsoup.parse(loginPage.body(), loginPage.uri().toString());
        Element form = page.selectFirst("form#kc-form-login");
        if (form == null) {
            throw new IllegalStateException("expected Keycloak's login form at " + loginPage.uri() + ", got " + loginPage.statusCode());
        }
        HttpResponse<String> home = session.send(session.following, HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(formBody(Map.of("username", user.username(), "password", user.password(), "credentialId", ""))));
        if (home.statusCode() != 200 || !home.uri().getAuthority().equals(session.base.getAuthority())) {
            throw new IllegalStateException("signing in as " + user.username() + " ended at " + home.uri() + " with "
                    + home.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(browser, HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A GET as a page's script asks with {@code fetch} (Swagger UI for the API's description): JSON wanted. */
    public HttpResponse<String> fetch(String path) {
        return send(browser, HttpRequest.newBuilder(base.resolve(path)).GET(), "application/json,*/*");
    }

    /** A form post with the session's CSRF token (read from the start page's sign-out form), or none without one. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>(fields);
        csrfToken().ifPresent(token -> body.put("_csrf", token));
        return postWithoutCsrfToken(path, body);
    }

    public HttpResponse<String> postWithoutCsrfToken(String path, Map<String, String> fields) {
        return send(browser, HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(formBody(fields)));
    }

    /** The session's cookies as a browser sends them to the pages, for a client that writes its own requests. */
    public String cookieHeader() {
        return cookies.getCookieStore().get(base).stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The session's CSRF token, as the pages' forms carry it. */
    public String csrf() {
        return csrfToken().orElseThrow(() -> new IllegalStateException("no CSRF token: not signed in"));
    }

    private java.util.Optional<String> csrfToken() {
        HttpResponse<String> start = get("/");
        if (start.statusCode() != 200) {
            return java.util.Optional.empty();
        }
        Element token = Jsoup.parse(start.body()).selectFirst("input[name=_csrf]");
        return java.util.Optional.ofNullable(token).map(input -> input.attr("value"));
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        return send(client, request, "text/html");
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request, String accept) {
        try {
            return client.send(request.timeout(TIMEOUT).header("Accept", accept).header("Accept-Language", "en")
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keycloak marks its cookies {@code Secure} (SameSite=None needs it). Browsers treat {@code localhost} as a
     * secure context and send them over plain HTTP there; Java's cookie store does not, so for loopback hosts
     * this store keeps them as a browser would.
     */
    private static final class LoopbackIsSecure implements CookieStore {

        private final CookieStore cookies = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, HttpCookie cookie) {
            if (uri != null && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()))) {
                cookie.setSecure(false);
            }
            cookies.add(uri, cookie);
        }

        @Override
        public List<HttpCookie> get(URI uri) {
            return cookies.get(uri);
        }

        @Override
        public List<HttpCookie> getCookies() {
            return cookies.getCookies();
        }

        @Override
        public List<URI> getURIs() {
            return cookies.getURIs();
        }

        @Override
        public boolean remove(URI uri, HttpCookie cookie) {
            return cookies.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return cookies.removeAll();
        }
    }

    private static HttpRequest.BodyPublisher formBody(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
