package uk.gov.justice.marketplace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;

/**
 * Anyone can send a body as large as the server takes; only the routes that take files accept megabytes, so a
 * flood of large forms or JSON cannot fill the memory or the disk.
 */
@MarketplaceTest
class SendingAnOversizedRequestTest implements FreshDatabase {

    private static final String TWO_MEGABYTES = "x".repeat(2 * 1024 * 1024);

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    EmbeddedServer server;

    @Test
    void a_two_megabyte_json_body_is_refused_before_it_is_read() {
        HttpAnswer refused =
                portal.api().post("/api/registrations", "{\"organisationName\": \"" + TWO_MEGABYTES + "\"}");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("larger than this endpoint accepts");
    }

    @Test
    void a_two_megabyte_form_gets_a_page_saying_so() {
        PortalClient browser = portal.newBrowser();
        browser.get("/sign-in");

        HttpAnswer refused = browser.post("/sign-in", Map.of("email", TWO_MEGABYTES, "password", "x"));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.heading()).isEqualTo("What you sent is too large");
    }

    @Test
    void a_file_upload_route_still_takes_a_large_file() {
        HttpAnswer upload = portal.api(accounts.tokenFor(accounts.providerAdmin("Gwent Women's Centre")))
                .upload(
                        "/api/eoi/evidence-files",
                        "file",
                        "minutes.pdf",
                        TWO_MEGABYTES.getBytes(StandardCharsets.US_ASCII));

        assertThat(upload.status()).as("read, then refused for what it is").isEqualTo(422);
        assertThat(upload.body()).contains("must be a PDF");
    }

    @Test
    void a_body_of_unknown_length_is_refused_where_files_are_not_taken() throws Exception {
        HttpRequest chunked = HttpRequest.newBuilder(server.getURI().resolve("/api/registrations"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))))
                .build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(411);
        assertThat(answer.body()).contains("Content-Length");
    }
}
