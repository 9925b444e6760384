package uk.gov.justice.marketplace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A script calling the JSON API, optionally with a bearer token. */
public class ApiClient {

    private final URI base;
    private final String token;
    private final String language;
    private final HttpClient http = HttpClient.newHttpClient();

    private ApiClient(URI base, String token, String language) {
        this.base = base;
        this.token = token;
        this.language = language;
    }

    public static ApiClient anonymous(URI base) {
        return new ApiClient(base, null, "en");
    }

    public ApiClient withToken(String bearer) {
        return new ApiClient(base, bearer, language);
    }

    public ApiClient withLanguage(String tag) {
        return new ApiClient(base, token, tag);
    }

    /** One of the caller's own facts from {@code /api/me} ({@code email}, {@code organisationId}...). */
    public String me(String field) {
        return get("/api/me").body().replaceAll("(?s).*\"" + field + "\":\"([^\"]+)\".*", "$1");
    }

    public HttpAnswer get(String path) {
        return getAccepting(path, "application/json");
    }

    /** As a scraper or tool that wants something other than JSON would ask. */
    public HttpAnswer getAccepting(String path, String mediaType) {
        return send(builder(path).header("Accept", mediaType).GET());
    }

    public HttpAnswer post(String path, String json) {
        return send(builder(path)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A raw body of the given type, as a tool posting a file would send it. */
    public HttpAnswer post(String path, String contentType, byte[] body) {
        return send(builder(path)
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpAnswer delete(String path) {
        return send(builder(path).header("Accept", "application/json").DELETE());
    }

    public HttpAnswer put(String path, String json) {
        return send(builder(path)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A form upload of one file, as a browser sends it. */
    public HttpAnswer upload(String path, String field, String fileName, byte[] content) {
        Multipart body = Multipart.of(null, field, fileName, content);
        return send(builder(path)
                .header("Accept", "application/json")
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** Any request, as a script would make it. */
    public HttpAnswer send(String method, String path, String contentType, byte[] body) {
        return send(method, path, "application/json", contentType, body);
    }

    /** Any request, accepting the given media type. */
    public HttpAnswer send(String method, String path, String accept, String contentType, byte[] body) {
        return send(builder(path)
                .header("Accept", accept)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The raw bytes of a download. */
    public byte[] download(String path) {
        try {
            return http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language);
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpAnswer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new HttpAnswer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
