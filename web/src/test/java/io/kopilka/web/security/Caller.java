package io.kopilka.web.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One principal's HTTP client: a browser with its cookies and CSRF token (also for API keys, which show the portal
 * nothing more than an anonymous browser), plus the key in {@code Authorization} when it has one.
 */
final class Caller {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");
    static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";

    final Principal principal;
    private final String baseUrl;
    private final @Nullable String apiKey;
    private final HttpClient http;
    private String csrfToken = "";
    private String csrfHeader = "X-CSRF-TOKEN";

    private Caller(Principal principal, int port, @Nullable String apiKey) {
        this.principal = principal;
        this.baseUrl = "http://localhost:" + port;
        this.apiKey = apiKey;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A browser that has only opened the sign-in page (anonymous, or an integration presenting {@code apiKey}). */
    static Caller anonymous(Principal principal, int port, @Nullable String apiKey) {
        Caller caller = new Caller(principal, port, apiKey);
        Matcher token = CSRF_INPUT.matcher(caller.send("GET", "/login", null, null).body());
        if (!token.find()) {
            throw new AssertionError("The sign-in page has no CSRF token");
        }
        caller.csrfToken = token.group(1);
        return caller;
    }

    /** A browser signed in with this login and password, holding the CSRF token its home page hands to scripts. */
    static Caller signedIn(Principal principal, int port, String login, String password) {
        Caller caller = anonymous(principal, port, null);
        HttpResponse<String> signIn = caller.send("POST", "/login", FORM,
                form(Map.of("username", login, "password", password)));
        String location = signIn.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new AssertionError(login + " could not sign in");
        }
        String home = URI.create(caller.send("GET", "/", null, null).headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError(login + " has no home page"))).getPath();
        String page = caller.send("GET", home, null, null).body();
        Matcher token = CSRF_META.matcher(page);
        Matcher header = CSRF_HEADER.matcher(page);
        if (!token.find() || !header.find()) {
            throw new AssertionError(home + " has no CSRF meta tags");
        }
        caller.csrfToken = token.group(1);
        caller.csrfHeader = header.group(1);
        return caller;
    }

    /**
     * Sends a request as this principal would: the key if it has one, and on state-changing requests the CSRF
     * token of its session in the header the pages name (htmx's way; it is ignored where CSRF is off).
     */
    HttpResponse<String> send(String method, String path, @Nullable String contentType, @Nullable String body,
                              String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", path.startsWith("/api/") ? JSON : HTML)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        if (!method.equals("GET") && !csrfToken.isEmpty()) {
            request.header(csrfHeader, csrfToken);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form body in {@code application/x-www-form-urlencoded}. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return principal.name();
    }
}
