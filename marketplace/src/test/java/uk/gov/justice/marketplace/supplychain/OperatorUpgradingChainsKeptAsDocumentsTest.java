package uk.gov.justice.marketplace.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.support.TestDatabase;

/**
 * The operator upgrades a service whose supply chains were kept as one JSON document each (schema V18): every
 * chain, partner, answer, set of terms and line of history reads the same through the new rows, and the next terms
 * version is added beside the one carried across instead of overwriting it.
 */
class OperatorUpgradingChainsKeptAsDocumentsTest {

    private static final UUID LEAD = UUID.randomUUID();
    private static final UUID WOMENS_CENTRE = UUID.randomUUID();
    private static final UUID HOUSING = UUID.randomUUID();
    private static final UUID CHAIN = UUID.randomUUID();
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void a_chain_stored_as_a_document_reads_the_same_from_rows_and_keeps_its_terms_when_they_change() throws Exception {
        Map<String, Object> database = new HashMap<>(TestDatabase.freshDatabaseProperties(getClass()));
        String url = (String) database.get("datasources.default.url");
        String owner = (String) database.get("marketplace.database.migration.username");
        String password = (String) database.get("marketplace.database.migration.password");
        Flyway.configure()
                .dataSource(url, owner, password)
                .locations("classpath:db/migration")
                .target("18")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, owner, password)) {
            organisation(connection, LEAD, "Cymru Rehabilitation Partnership", "LEAD_PROVIDER");
            organisation(connection, WOMENS_CENTRE, "Gwent Women's Centre", "VCSE_PROVIDER");
            organisation(connection, HOUSING, "Tai Cymru", "VCSE_PROVIDER");
            try (PreparedStatement insert = connection.prepareStatement("insert into supply_chain (id, lead_id, area, "
                    + "name, document, created_at, updated_at) values (?, ?, ?, ?, ?::jsonb, ?, ?)")) {
                insert.setObject(1, CHAIN);
                insert.setObject(2, LEAD);
                insert.setString(3, "region-wales");
                insert.setString(4, "Wales women's services bid");
                insert.setString(5, oldDocument());
                insert.setTimestamp(6, Timestamp.from(MONDAY));
                insert.setTimestamp(7, Timestamp.from(MONDAY.plusSeconds(7200)));
                insert.executeUpdate();
            }
        }

        database.put("micronaut.server.port", -1);
        try (EmbeddedServer upgraded = ApplicationContext.run(EmbeddedServer.class, database, "test")) {
            SupplyChains chains = upgraded.getApplicationContext().getBean(SupplyChains.class);
            Viewer lead = new Viewer(
                    UUID.randomUUID(),
                    "lead@example.org",
                    "Lead",
                    LEAD,
                    "Cymru Rehabilitation Partnership",
                    OrganisationKind.LEAD_PROVIDER,
                    Set.of());

            SupplyChain chain = chains.get(lead, CHAIN).chain();
            assertThat(chain.leadName()).isEqualTo("Cymru Rehabilitation Partnership");
            assertThat(chain.purpose()).isEqualTo(SupplyChain.Purpose.BID);
            assertThat(chain.contractValue()).isEqualTo(Money.pounds("1000000"));
            assertThat(chain.links())
                    .extracting(PartnerLink::partnerName, PartnerLink::recorded, PartnerLink::reason)
                    .containsExactly(
                            tuple("Gwent Women's Centre", LinkStatus.ACCEPTED, null),
                            tuple("Tai Cymru", LinkStatus.DECLINED, "No capacity"));
            PartnerLink centre = chain.link(WOMENS_CENTRE);
            assertThat(centre.termsVersion()).isEqualTo(2);
            assertThat(centre.terms().annualValue()).isEqualTo(Money.pounds("180000"));
            assertThat(centre.terms().riskTransferPercent()).isEqualByComparingTo("20");
            assertThat(centre.terms().specialities()).containsExactly("womens-services");
            assertThat(centre.terms().end()).isEqualTo(LocalDate.of(2030, 3, 31));
            assertThat(centre.termsHistory().latest().orElseThrow().effectiveFrom())
                    .isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(chain.history())
                    .extracting(ChainEvent::action)
                    .containsExactly(
                            "created",
                            "invited",
                            "invited",
                            "accepted",
                            "declined",
                            "terms-recorded",
                            "terms-recorded");
            assertThat(chain.history().get(4).detail()).isEqualTo("No capacity");
            assertThat(chain.history().get(4).cause().at()).isEqualTo(MONDAY.plusSeconds(4000));
            assertThat(chains.get(lead, CHAIN).figures().partnerValue()).isEqualTo(Money.pounds("180000"));
            assertThat(chains.mine(lead)).hasSize(1);

            PartnerTerms raised = new PartnerTerms(
                    List.of("womens-services"),
                    List.of("women"),
                    List.of("gwent"),
                    60,
                    Money.pounds("200000"),
                    30,
                    BigDecimal.valueOf(20),
                    LocalDate.of(2027, 4, 1),
                    LocalDate.of(2030, 3, 31));
            PartnerLink changed = chains.recordTerms(lead, CHAIN, WOMENS_CENTRE, raised)
                    .chain()
                    .link(WOMENS_CENTRE);
            assertThat(changed.termsVersion()).isEqualTo(3);
            PartnerLink reread = chains.get(lead, CHAIN).chain().link(WOMENS_CENTRE);
            assertThat(reread.termsHistory().versions())
                    .extracting(v -> v.value().annualValue())
                    .containsExactly(Money.pounds("180000"), Money.pounds("200000"));
            assertThat(reread.termsVersion()).isEqualTo(3);
        }
    }

    private static void organisation(Connection connection, UUID id, String name, String kind) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into organisation (id, name, kind, created_at) values (?, ?, ?, now())")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setString(3, kind);
            insert.executeUpdate();
        }
    }

    /** What the old SupplyChainStore wrote: the whole aggregate, through the service's JSON mapper. */
    private String oldDocument() throws IOException {
        String terms =
                """
                {"specialities":["womens-services"],"cohorts":["women"],"areas":["gwent"],"annualVolume":60,
                 "annualValue":{"amount":180000,"currency":"GBP"},"paymentTermsDays":30,"riskTransferPercent":20,
                 "start":%s,"end":%s}"""
                        .formatted(write(LocalDate.of(2027, 4, 1)), write(LocalDate.of(2030, 3, 31)));
        return """
                {"id":"%s","leadId":"%s","leadName":"Cymru Rehabilitation Partnership",
                 "name":"Wales women's services bid","area":"region-wales","purpose":"BID",
                 "contractValue":{"amount":1000000,"currency":"GBP"},
                 "links":[
                  {"partnerId":"%s","partnerName":"Gwent Women's Centre","status":"ACCEPTED","message":"Join our bid",
                   "invitedAt":%s,"expiresAt":%s,"answeredAt":%s,"terms":%s,"termsVersion":2},
                  {"partnerId":"%s","partnerName":"Tai Cymru","status":"DECLINED","message":"",
                   "invitedAt":%s,"expiresAt":%s,"answeredAt":%s,"reason":"No capacity","termsVersion":0}],
                 "history":[
                  {"action":"created","by":"lead@example.org","at":%s,"detail":"Wales women's services bid"},
                  {"action":"invited","partnerId":"%s","partnerName":"Gwent Women's Centre","by":"lead@example.org",
                   "at":%s,"detail":"Join our bid"},
                  {"action":"invited","partnerId":"%s","partnerName":"Tai Cymru","by":"lead@example.org","at":%s,
                   "detail":""},
                  {"action":"accepted","partnerId":"%s","partnerName":"Gwent Women's Centre","by":"p@example.org",
                   "at":%s},
                  {"action":"declined","partnerId":"%s","partnerName":"Tai Cymru","by":"h@example.org","at":%s,
                   "detail":"No capacity"},
                  {"action":"terms-recorded","partnerId":"%s","partnerName":"Gwent Women's Centre",
                   "by":"lead@example.org","at":%s,"detail":"value 170000 GBP a year"},
                  {"action":"terms-recorded","partnerId":"%s","partnerName":"Gwent Women's Centre",
                   "by":"lead@example.org","at":%s,"detail":"value 180000 GBP a year"}]}"""
                .formatted(
                        CHAIN,
                        LEAD,
                        WOMENS_CENTRE,
                        at(0),
                        at(1209600),
                        at(3600),
                        terms,
                        HOUSING,
                        at(60),
                        at(1209660),
                        at(4000),
                        at(0),
                        WOMENS_CENTRE,
                        at(0),
                        HOUSING,
                        at(60),
                        WOMENS_CENTRE,
                        at(3600),
                        HOUSING,
                        at(4000),
                        WOMENS_CENTRE,
                        at(5000),
                        WOMENS_CENTRE,
                        at(7200));
    }

    private String at(long seconds) throws IOException {
        return write(MONDAY.plusSeconds(seconds));
    }

    private String write(Object value) throws IOException {
        return json.writeValueAsString(value);
    }
}
