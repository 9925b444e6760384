package uk.gov.justice.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;

/**
 * Twenty people press "Register" (or "Create shortlist") with the same name at the same moment: both checks find
 * the name free, and the unique index decides. One is created; everyone else is told the name is taken.
 */
@MarketplaceTest
class ProvidersRegisteringTheSameNameAtOnceTest implements FreshDatabase {

    private static final int AT_ONCE = 20;

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Test
    void one_registration_wins_and_the_others_are_told_the_name_is_taken() {
        List<HttpAnswer> answers = atOnce(i -> portal.api()
                .post(
                        "/api/registrations",
                        """
                {"organisationName": "Simultaneous Trust", "fullName": "Person %1$d",
                 "email": "person%1$d@simultaneous.example.org", "password": "%2$s", "confirmPassword": "%2$s"}"""
                                .formatted(i, Accounts.PASSWORD)));

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers)
                .filteredOn(a -> a.status() != 201)
                .hasSize(AT_ONCE - 1)
                .allSatisfy(a -> {
                    assertThat(a.status()).isEqualTo(422);
                    assertThat(a.body()).contains("\"field\":\"organisationName\"");
                });
    }

    @Test
    void one_shortlist_of_a_name_is_made_and_the_others_are_told_the_name_is_taken() {
        ApiClient lead = portal.api(accounts.tokenFor(accounts.leadProvider("Simultaneous Leads Ltd")));

        List<HttpAnswer> answers = atOnce(i -> lead.post("/api/shortlists", "{\"name\": \"Same bid\"}"));

        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers)
                .filteredOn(a -> a.status() != 201)
                .hasSize(AT_ONCE - 1)
                .allSatisfy(a -> {
                    assertThat(a.status()).isEqualTo(422);
                    assertThat(a.body()).contains("\"field\":\"name\"");
                });
    }

    private static List<HttpAnswer> atOnce(IntFunction<HttpAnswer> request) {
        ExecutorService callers = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<CompletableFuture<HttpAnswer>> calls = IntStream.range(0, AT_ONCE)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    go.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return request.apply(i);
                            },
                            callers))
                    .toList();
            go.countDown();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            callers.shutdown();
        }
    }
}
