package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.runtime.EmbeddedDatabase;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.Eventually;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.PortalClient;
import uk.gov.justice.marketplace.support.TestDatabase;

/**
 * The database ends the session a request is using while the request waits on it (a failover, a restart, an
 * administrator's pg_terminate_backend): PostgreSQL answers 57P01 and the connection is gone. Nothing was committed,
 * so the person is told to try again (503 and Retry-After), never shown a server error.
 */
@MarketplaceTest
class ADatabaseConnectionLostMidRequestTest implements FreshDatabase {

    @Inject
    Portal portal;

    @Property(name = "datasources.default.url")
    String databaseUrl;

    @Test
    void an_api_registration_whose_connection_is_ended_is_told_to_try_again() throws SQLException {
        HttpAnswer answer = withConnectionEndedUnder(() -> portal.api()
                .post(
                        "/api/registrations",
                        """
                {"organisationName": "Cardiff Mind", "fullName": "Siân Evans",
                 "email": "sian@cardiffmind.example.org", "password": "%1$s", "confirmPassword": "%1$s"}"""
                                .formatted(Accounts.PASSWORD)));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.body()).contains("Try again");
        assertThat(portal.api().get("/api/register").status())
                .as("the pool replaced the lost connection")
                .isEqualTo(200);
    }

    @Test
    void a_portal_registration_whose_connection_is_ended_is_told_to_try_again() throws SQLException {
        PortalClient browser = portal.newBrowser();
        browser.get("/register");

        HttpAnswer answer = withConnectionEndedUnder(() -> browser.post(
                "/register",
                Map.of(
                        "organisationName",
                        "Swansea Recovery",
                        "fullName",
                        "Rhys Morgan",
                        "email",
                        "rhys@swansearecovery.example.org",
                        "password",
                        Accounts.PASSWORD,
                        "confirmPassword",
                        Accounts.PASSWORD)));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.header("Retry-After")).isNotBlank();
    }

    /**
     * Holds the organisation table so the request's insert waits on a lock, ends the waiting backend as an
     * administrator would, then lets the table go.
     */
    private HttpAnswer withConnectionEndedUnder(Supplier<HttpAnswer> request) throws SQLException {
        try (Connection holder = asOwner();
                Connection administrator = asOwner()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("lock table organisation in exclusive mode");
            }
            CompletableFuture<HttpAnswer> answer = CompletableFuture.supplyAsync(request);
            Eventually.within(Duration.ofSeconds(10), () -> terminatedAWaitingBackend(administrator));
            holder.rollback();
            return answer.join();
        }
    }

    private Connection asOwner() throws SQLException {
        return DriverManager.getConnection(
                databaseUrl, EmbeddedDatabase.OWNER_ROLE, TestDatabase.server().ownerPassword());
    }

    /** Each poll in a transaction of its own: PostgreSQL shows a transaction one snapshot of pg_stat_activity. */
    private static boolean terminatedAWaitingBackend(Connection administrator) {
        try (PreparedStatement terminate = administrator.prepareStatement("select pg_terminate_backend(pid) from "
                + "pg_stat_activity where datname = current_database() and usename = ? and wait_event_type = 'Lock'")) {
            terminate.setString(1, EmbeddedDatabase.APPLICATION_ROLE);
            try (ResultSet terminated = terminate.executeQuery()) {
                return terminated.next() && terminated.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
