package uk.gov.justice.marketplace.concern;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.gov.justice.marketplace.support.Accounts;
import uk.gov.justice.marketplace.support.ApiClient;
import uk.gov.justice.marketplace.support.HttpAnswer;
import uk.gov.justice.marketplace.support.MarketplaceTest;
import uk.gov.justice.marketplace.support.Portal;
import uk.gov.justice.marketplace.support.TestDatabase;

/**
 * A service that ran the code before V19 (each concern one JSON document) is upgraded: its database is migrated to
 * V18, filled the way that code stored concerns, then started on today's code, which carries them into rows.
 * The steward then reads them over the API exactly as the old code answered: the stored document.
 */
@MarketplaceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcernsStoredAsDocumentsBeforeV19Test implements TestPropertyProvider {

    private static final String LEAD = "218f0640-9c16-4488-a778-99fa0aa2a4cd";
    private static final String PARTNER = "b599578a-832f-4d61-bd02-396995fe6bed";
    private static final String CHAIN = "77becade-d054-40d6-a862-c2e1535f9522";
    /** The chain the concerns were raised in, as the supply-chain store wrote it before V23 (one partner in it). */
    private static final String OLD_CHAIN_DOCUMENT =
            """
            {"id":"%1$s","leadId":"%2$s","leadName":"Northern Pathways Partnership",
             "name":"Tyne and Wear resettlement","area":"region-north-east","purpose":"BID",
             "contractValue":{"amount":500000,"currency":"GBP"},
             "links":[{"partnerId":"%3$s","partnerName":"Tyneside Housing Pathways","status":"ACCEPTED",
              "message":"Join us","invitedAt":"2026-06-01T09:00:00Z","expiresAt":"2026-06-15T23:00:00Z",
              "answeredAt":"2026-06-02T09:00:00Z","termsVersion":0}],
             "history":[{"action":"created","by":"lead@example.org","at":"2026-06-01T08:00:00Z",
              "detail":"Tyne and Wear resettlement"},
             {"action":"invited","partnerId":"%3$s","partnerName":"Tyneside Housing Pathways",
              "by":"lead@example.org","at":"2026-06-01T09:00:00Z","detail":"Join us"},
             {"action":"accepted","partnerId":"%3$s","partnerName":"Tyneside Housing Pathways",
              "by":"partner@example.org","at":"2026-06-02T09:00:00Z"}]}"""
                    .formatted(CHAIN, LEAD, PARTNER);

    private static final String CLOSED = "c937e24c-b92d-4c84-8a9e-6d38a09b0e8d";
    private static final String UNDER_REVIEW = "5a1f4f0e-2b2c-4c55-9d0e-3c1f6f0b9a11";
    private static final String JUST_RAISED = "0b6e1e55-7f0a-4c1e-8a57-6a3f3f9d2e20";

    /** As the old ConcernStore wrote them (Micronaut Serialization of the old Concern record). */
    private static final String CLOSED_DOCUMENT =
            """
            {"id":"c937e24c-b92d-4c84-8a9e-6d38a09b0e8d","chainId":"77becade-d054-40d6-a862-c2e1535f9522",\
            "chainName":"Tyne and Wear resettlement","leadId":"218f0640-9c16-4488-a778-99fa0aa2a4cd",\
            "leadName":"Northern Pathways Partnership","raisedBy":"b599578a-832f-4d61-bd02-396995fe6bed",\
            "raisedByName":"Tyneside Housing Pathways","raisedByPerson":"author@tyneside.example",\
            "category":"LATE_PAYMENT","details":"Invoices for July to September were paid 74 days late.",\
            "status":"CLOSED","raisedAt":"2026-07-01T09:30:00.123456Z","actions":[\
            {"at":"2026-07-02T10:00:00Z","by":"steward@justice.gov.uk","note":"Asked for the remittance advice"},\
            {"at":"2026-07-03T11:15:30.500Z","by":"steward@justice.gov.uk","note":"Put to the lead provider"},\
            {"at":"2026-08-01T16:00:00Z","by":"steward@justice.gov.uk","note":"Closed: Lead provider now pays within 30 days"}],\
            "outcome":"Lead provider now pays within 30 days"}""";

    private static final String UNDER_REVIEW_DOCUMENT =
            """
            {"id":"5a1f4f0e-2b2c-4c55-9d0e-3c1f6f0b9a11","chainId":"77becade-d054-40d6-a862-c2e1535f9522",\
            "chainName":"Tyne and Wear resettlement","leadId":"218f0640-9c16-4488-a778-99fa0aa2a4cd",\
            "leadName":"Northern Pathways Partnership","raisedBy":"b599578a-832f-4d61-bd02-396995fe6bed",\
            "raisedByName":"Tyneside Housing Pathways","raisedByPerson":"author@tyneside.example",\
            "category":"UNFAIR_TERMS","details":"Risk transfer doubled without notice. \\"Closed: no\\"",\
            "status":"UNDER_REVIEW","raisedAt":"2026-09-01T08:00:00Z","actions":[\
            {"at":"2026-09-02T08:00:00Z","by":"other.steward@justice.gov.uk","note":"Closed: the earlier review"}]}""";
    /** Written when the serializer still left out empty lists: no actions field at all. */
    private static final String JUST_RAISED_DOCUMENT =
            """
            {"id":"0b6e1e55-7f0a-4c1e-8a57-6a3f3f9d2e20","chainId":"77becade-d054-40d6-a862-c2e1535f9522",\
            "chainName":"Tyne and Wear resettlement","leadId":"218f0640-9c16-4488-a778-99fa0aa2a4cd",\
            "leadName":"Northern Pathways Partnership","raisedBy":"b599578a-832f-4d61-bd02-396995fe6bed",\
            "raisedByName":"Tyneside Housing Pathways","raisedByPerson":"author@tyneside.example",\
            "category":"OTHER","details":"Odd invoices","status":"RAISED","raisedAt":"2026-10-01T08:00:00Z"}""";

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    ObjectMapper json;
    /** This class's database, for reading its catalogue as the owner. */
    private static Map<String, String> database;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TestDatabase.freshDatabaseProperties(getClass());
        database = properties;
        Flyway old = Flyway.configure()
                .locations("classpath:db/migration")
                .target("18")
                .dataSource(
                        properties.get("datasources.default.url"),
                        properties.get("marketplace.database.migration.username"),
                        properties.get("marketplace.database.migration.password"))
                .load();
        old.migrate();
        try (Connection connection = old.getConfiguration().getDataSource().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("insert into organisation (id, name, kind, created_at) values ('" + LEAD
                    + "', 'Northern Pathways Partnership', 'LEAD_PROVIDER', now()), ('" + PARTNER
                    + "', 'Tyneside Housing Pathways', 'VCSE_PROVIDER', now())");
            sql.execute("insert into supply_chain (id, lead_id, area, name, document, created_at, updated_at) "
                    + "values ('" + CHAIN + "', '" + LEAD + "', 'region-north-east', 'Tyne and Wear resettlement', "
                    + "'" + OLD_CHAIN_DOCUMENT + "', now(), now())");
            oldConcern(sql, CLOSED, "CLOSED", "2026-07-01T09:30:00.123456Z", CLOSED_DOCUMENT);
            oldConcern(sql, UNDER_REVIEW, "UNDER_REVIEW", "2026-09-01T08:00:00Z", UNDER_REVIEW_DOCUMENT);
            oldConcern(sql, JUST_RAISED, "RAISED", "2026-10-01T08:00:00Z", JUST_RAISED_DOCUMENT);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    /** The old ConcernStore.create: the indexed columns, and the whole concern as the document. */
    private static void oldConcern(Statement sql, String id, String status, String raisedAt, String document)
            throws SQLException {
        sql.execute("insert into concern (id, chain_id, lead_id, raised_by, status, raised_at, document) values ('"
                + id + "', '" + CHAIN + "', '" + LEAD + "', '" + PARTNER + "', '" + status + "', '" + raisedAt
                + "', '" + document.replace("'", "''") + "'::jsonb)");
    }

    @Test
    @Order(1)
    void the_steward_reads_each_old_concern_exactly_as_the_old_code_answered_it() throws IOException {
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));

        List<Map<String, Object>> answered = list(steward.get("/api/concerns"));

        assertThat(answered)
                .containsExactly(
                        document(JUST_RAISED_DOCUMENT), document(UNDER_REVIEW_DOCUMENT), document(CLOSED_DOCUMENT));
    }

    @Test
    @Order(2)
    void a_carried_concern_moves_on_under_todays_rules() throws IOException {
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));

        HttpAnswer closed =
                steward.post("/api/concerns/" + UNDER_REVIEW + "/closure", "{\"text\": \"Terms restored\"}");
        HttpAnswer again = steward.post("/api/concerns/" + CLOSED + "/actions", "{\"text\": \"One more thing\"}");

        assertThat(closed.status()).isEqualTo(200);
        Map<String, Object> concern = json.readValue(closed.body(), Argument.mapOf(String.class, Object.class));
        assertThat(concern).containsEntry("status", "CLOSED").containsEntry("outcome", "Terms restored");
        assertThat((List<?>) concern.get("actions"))
                .hasSize(2)
                .last()
                .asString()
                .contains("Closed: Terms restored");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    @Order(3)
    void every_column_of_a_concern_says_what_it_holds() throws SQLException {
        List<String> uncommented = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        database.get("datasources.default.url"),
                        database.get("marketplace.database.migration.username"),
                        database.get("marketplace.database.migration.password"));
                Statement sql = connection.createStatement();
                ResultSet columns = sql.executeQuery("select table_name || '.' || column_name from "
                        + "information_schema.columns where table_name in ('concern', 'concern_action') and "
                        + "col_description((table_schema || '.' || table_name)::regclass, ordinal_position) is null")) {
            while (columns.next()) {
                uncommented.add(columns.getString(1));
            }
        }
        assertThat(uncommented).isEmpty();
    }

    private List<Map<String, Object>> list(HttpAnswer answer) throws IOException {
        assertThat(answer.status()).isEqualTo(200);
        return new ArrayList<>(
                json.readValue(answer.body(), Argument.listOf(Argument.mapOf(String.class, Object.class))));
    }

    /** The stored document as an answer: an action list the old serializer left out answers as empty. */
    private Map<String, Object> document(String stored) throws IOException {
        Map<String, Object> document =
                new LinkedHashMap<>(json.readValue(stored, Argument.mapOf(String.class, Object.class)));
        document.putIfAbsent("actions", List.of());
        return document;
    }
}
