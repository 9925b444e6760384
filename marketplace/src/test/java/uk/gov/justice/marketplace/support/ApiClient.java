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
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public static ApiClient anonymous(URI base) {
        return new ApiClient(base, null);
    }

    public ApiClient withToken(String bearer) {
        return new ApiClient(base, bearer);
    }

    public HttpAnswer get(String path) {
        return send(builder(path).GET());
    }

    public HttpAnswer post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
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
