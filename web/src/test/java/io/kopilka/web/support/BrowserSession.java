package io.kopilka.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person's browser reduced to HTTP: cookies kept, redirects not followed, forms posted with their CSRF token. */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    public BrowserSession(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The value of the cookie the portal set under this name, if any (e.g. {@code JSESSIONID}). */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    /** A session on the portal at the port, signed in as the demo person with this login (password {@code demo}). */
    public static BrowserSession demoSignedIn(int port, String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    /** GET with optional header pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html,application/xhtml+xml");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    /** Posts a form as a browser would, with {@code csrfToken} added when it is not null, and extra header pairs. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String csrfToken, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if (csrfToken != null) {
            body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrfToken);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** GET of a picture or another binary answer. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST without a body, with header pairs — the way htmx sends {@code hx-post}. */
    public HttpResponse<String> post(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** The CSRF header name and token a page offers to scripts in its {@code _csrf} meta tags. */
    public Map.Entry<String, String> csrfMetaTags(String path) {
        String page = get(path).body();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        Matcher header = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"").matcher(page);
        if (!token.find() || !header.find()) {
            throw new AssertionError(path + " has no CSRF meta tags");
        }
        return Map.entry(header.group(1), token.group(1));
    }

    /** The CSRF token the sign-in page hands out to this session. */
    public String csrfTokenFromLoginPage() {
        Matcher matcher = CSRF.matcher(get("/login").body());
        if (!matcher.find()) {
            throw new AssertionError("The sign-in page has no CSRF token");
        }
        return matcher.group(1);
    }

    /** Signs in through the form and returns the response to the form post. */
    public HttpResponse<String> signIn(String login, String password) {
        return postForm("/login", Map.of("username", login, "password", password), csrfTokenFromLoginPage());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
