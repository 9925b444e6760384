package uk.gov.justice.marketplace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's browser without the rendering: keeps cookies, does not follow redirects (tests look at them), and
 * sends back the CSRF token from the last page it saw, as a form would.
 */
public class PortalClient {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final URI base;
    private final HttpClient http;
    private String lastCsrfToken;
    private String forwardedFor;

    public PortalClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** As if behind a reverse proxy that reports this client address in X-Forwarded-For. */
    public PortalClient from(String address) {
        this.forwardedFor = address;
        return this;
    }

    public HttpAnswer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html")
                .GET());
    }

    /** Posts the form with the CSRF token of the last page seen, as the browser would. */
    public HttpAnswer post(String path, Map<String, ?> fields) {
        Map<String, Object> withToken = new LinkedHashMap<>(fields);
        if (lastCsrfToken != null) {
            withToken.putIfAbsent("csrfToken", lastCsrfToken);
        }
        return postExactly(path, withToken);
    }

    /** Posts exactly these fields: no token unless the test gives one. */
    public HttpAnswer postExactly(String path, Map<String, ?> fields) {
        String form = fields.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> values ? values.stream() : Stream.of(e.getValue()))
                        .map(v -> encode(e.getKey()) + "=" + encode(v == null ? null : v.toString())))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Following a link to a file, with the Accept header a browser sends when it navigates. */
    public HttpAnswer download(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", BROWSER_ACCEPT)
                .GET());
    }

    /** A file chosen in a form, sent with the CSRF token of the last page seen. */
    public HttpAnswer upload(String path, String fileName, byte[] content) {
        Multipart body = Multipart.of(lastCsrfToken, "file", fileName, content);
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** Any request, with this browser's cookies, as another site's page can make a browser send. */
    public HttpAnswer send(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** The CSRF token of the last page this browser saw, as a form on it would send. */
    public String csrfToken() {
        return lastCsrfToken;
    }

    public HttpAnswer signIn(String email, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("email", email, "password", password));
    }

    private HttpAnswer send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            HttpAnswer answer = new HttpAnswer(response.statusCode(), response.body(), response);
            if (answer.csrfToken() != null) {
                lastCsrfToken = answer.csrfToken();
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
