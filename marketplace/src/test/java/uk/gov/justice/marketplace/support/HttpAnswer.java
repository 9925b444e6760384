package uk.gov.justice.marketplace.support;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What came back: status, headers and body as text, with a few readers for pages. */
public record HttpAnswer(int status, String body, HttpResponse<String> raw) {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\"\\s+value=\"([^\"]+)\"");
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>\\s*(.*?)\\s*</h1>", Pattern.DOTALL);

    public String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    public String location() {
        return header("Location");
    }

    public String contentType() {
        return header("Content-Type");
    }

    String csrfToken() {
        Matcher matcher = CSRF.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    public String heading() {
        Matcher matcher = H1.matcher(body);
        return matcher.find() ? matcher.group(1).replaceAll("<[^>]+>", "").trim() : null;
    }
}
