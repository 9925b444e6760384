package uk.gov.justice.marketplace.supplychain;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Dated;
import uk.gov.justice.marketplace.common.DatedHistory;
import uk.gov.justice.marketplace.common.Money;

/**
 * Supply chains in PostgreSQL as rows: the chain, its partner links, every version of each partner's terms and the
 * history (V23). Loading for a change takes the chain's row lock, so two people changing one chain take turns.
 * Saving writes what the aggregate holds: links are updated in place, terms versions and history lines only added.
 */
@Singleton
class SupplyChainStore {

    private static final String SELECT = "select id, lead_id, lead_name, name, area, purpose, contract_value, "
            + "contract_currency from supply_chain c ";

    private final JdbcOperations jdbc;

    SupplyChainStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void create(SupplyChain chain, Instant at) {
        jdbc.prepareStatement(
                "insert into supply_chain (id, lead_id, lead_name, area, name, purpose, contract_value, "
                        + "contract_currency, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, chain.id(), Types.OTHER);
                    statement.setObject(2, chain.leadId(), Types.OTHER);
                    statement.setString(3, chain.leadName());
                    statement.setString(4, chain.area());
                    statement.setString(5, chain.name());
                    statement.setString(6, chain.purpose().name());
                    statement.setBigDecimal(7, chain.contractValue().amount());
                    statement.setString(8, chain.contractValue().currency());
                    statement.setTimestamp(9, Timestamp.from(at));
                    statement.setTimestamp(10, Timestamp.from(at));
                    return statement.executeUpdate();
                });
        writeParts(chain);
    }

    void save(SupplyChain chain, Instant at) {
        jdbc.prepareStatement("update supply_chain set updated_at = ? where id = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setObject(2, chain.id(), Types.OTHER);
            return statement.executeUpdate();
        });
        writeParts(chain);
    }

    Optional<SupplyChain> lock(UUID id) {
        return list(SELECT + "where id = ? for update", s -> s.setObject(1, id, Types.OTHER)).stream()
                .findFirst();
    }

    Optional<SupplyChain> read(UUID id) {
        return list(SELECT + "where id = ?", s -> s.setObject(1, id, Types.OTHER)).stream()
                .findFirst();
    }

    List<SupplyChain> ofLead(UUID leadId) {
        return list(SELECT + "where lead_id = ? order by created_at", s -> s.setObject(1, leadId, Types.OTHER));
    }

    /** Chains the organisation has ever been invited to. */
    List<SupplyChain> withPartner(UUID partnerId) {
        return list(
                SELECT + "where exists (select 1 from supply_chain_link l where l.chain_id = c.id "
                        + "and l.partner_id = ?) order by created_at",
                s -> s.setObject(1, partnerId, Types.OTHER));
    }

    List<SupplyChain> all() {
        return list(SELECT + "order by area, name", s -> {});
    }

    private void writeParts(SupplyChain chain) {
        jdbc.prepareStatement(
                "insert into supply_chain_link (chain_id, number, partner_id, partner_name, status, "
                        + "message, invited_at, expires_at, answered_at, reason, terms_version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (chain_id, number) do update set "
                        + "status = excluded.status, answered_at = excluded.answered_at, reason = excluded.reason, "
                        + "terms_version = excluded.terms_version",
                statement -> {
                    for (int n = 0; n < chain.links().size(); n++) {
                        PartnerLink l = chain.links().get(n);
                        statement.setObject(1, chain.id(), Types.OTHER);
                        statement.setInt(2, n);
                        statement.setObject(3, l.partnerId(), Types.OTHER);
                        statement.setString(4, l.partnerName());
                        statement.setString(5, l.recorded().name());
                        statement.setString(6, l.message());
                        statement.setTimestamp(7, Timestamp.from(l.invitedAt()));
                        statement.setTimestamp(8, Timestamp.from(l.expiresAt()));
                        statement.setTimestamp(9, l.answeredAt() == null ? null : Timestamp.from(l.answeredAt()));
                        statement.setString(10, l.reason());
                        statement.setInt(11, l.termsVersion());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
        jdbc.prepareStatement(
                "insert into supply_chain_terms (chain_id, link_number, version, effective_from, "
                        + "specialities, cohorts, areas, annual_volume, annual_value, currency, payment_terms_days, "
                        + "risk_transfer_percent, starts_on, ends_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing",
                statement -> {
                    Connection connection = statement.getConnection();
                    for (int n = 0; n < chain.links().size(); n++) {
                        PartnerLink l = chain.links().get(n);
                        for (int v = 0; v < l.termsHistory().size(); v++) {
                            Dated<PartnerTerms> version =
                                    l.termsHistory().versions().get(v);
                            PartnerTerms t = version.value();
                            statement.setObject(1, chain.id(), Types.OTHER);
                            statement.setInt(2, n);
                            statement.setInt(3, l.firstKeptVersion() + v);
                            statement.setDate(4, Date.valueOf(version.effectiveFrom()));
                            statement.setArray(5, texts(connection, t.specialities()));
                            statement.setArray(6, texts(connection, t.cohorts()));
                            statement.setArray(7, texts(connection, t.areas()));
                            statement.setInt(8, t.annualVolume());
                            statement.setBigDecimal(9, t.annualValue().amount());
                            statement.setString(10, t.annualValue().currency());
                            statement.setInt(11, t.paymentTermsDays());
                            statement.setBigDecimal(12, t.riskTransferPercent());
                            statement.setDate(13, Date.valueOf(t.start()));
                            statement.setDate(14, Date.valueOf(t.end()));
                            statement.addBatch();
                        }
                    }
                    return statement.executeBatch();
                });
        jdbc.prepareStatement(
                "insert into supply_chain_event (chain_id, number, action, partner_id, partner_name, "
                        + "actor, at, detail) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                statement -> {
                    for (int n = 0; n < chain.history().size(); n++) {
                        ChainEvent e = chain.history().get(n);
                        statement.setObject(1, chain.id(), Types.OTHER);
                        statement.setInt(2, n);
                        statement.setString(3, e.action());
                        statement.setObject(4, e.partnerId(), Types.OTHER);
                        statement.setString(5, e.partnerName());
                        statement.setString(6, e.cause().actor());
                        statement.setTimestamp(7, Timestamp.from(e.cause().at()));
                        statement.setString(8, e.detail());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    private static Array texts(Connection connection, List<String> codes) throws SQLException {
        return connection.createArrayOf("text", codes.toArray());
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private record ChainRow(
            UUID id,
            UUID leadId,
            String leadName,
            String name,
            String area,
            SupplyChain.Purpose purpose,
            Money contractValue) {}

    private List<SupplyChain> list(String sql, Parameters parameters) {
        List<ChainRow> rows = jdbc.prepareStatement(sql, statement -> {
            parameters.set(statement);
            List<ChainRow> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(new ChainRow(
                            row.getObject(1, UUID.class),
                            row.getObject(2, UUID.class),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            SupplyChain.Purpose.valueOf(row.getString(6)),
                            new Money(row.getBigDecimal(7), row.getString(8))));
                }
            }
            return found;
        });
        return rows.stream()
                .map(c -> new SupplyChain(
                        c.id(),
                        c.leadId(),
                        c.leadName(),
                        c.name(),
                        c.area(),
                        c.purpose(),
                        c.contractValue(),
                        links(c.id()),
                        history(c.id())))
                .toList();
    }

    private List<PartnerLink> links(UUID chainId) {
        Map<Integer, List<Dated<PartnerTerms>>> terms = terms(chainId);
        return jdbc.prepareStatement(
                "select number, partner_id, partner_name, status, message, invited_at, "
                        + "expires_at, answered_at, reason, terms_version from supply_chain_link where chain_id = ? "
                        + "order by number",
                statement -> {
                    statement.setObject(1, chainId, Types.OTHER);
                    List<PartnerLink> links = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            links.add(new PartnerLink(
                                    row.getObject(2, UUID.class),
                                    row.getString(3),
                                    LinkStatus.valueOf(row.getString(4)),
                                    row.getString(5),
                                    instant(row, 6),
                                    instant(row, 7),
                                    instant(row, 8),
                                    row.getString(9),
                                    new DatedHistory<>(terms.getOrDefault(row.getInt(1), List.of())),
                                    row.getInt(10)));
                        }
                    }
                    return links;
                });
    }

    private Map<Integer, List<Dated<PartnerTerms>>> terms(UUID chainId) {
        return jdbc.prepareStatement(
                "select link_number, effective_from, specialities, cohorts, areas, "
                        + "annual_volume, annual_value, currency, payment_terms_days, risk_transfer_percent, starts_on, "
                        + "ends_on from supply_chain_terms where chain_id = ? order by link_number, version",
                statement -> {
                    statement.setObject(1, chainId, Types.OTHER);
                    Map<Integer, List<Dated<PartnerTerms>>> byLink = new HashMap<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            PartnerTerms t = new PartnerTerms(
                                    texts(row, 3),
                                    texts(row, 4),
                                    texts(row, 5),
                                    row.getInt(6),
                                    new Money(row.getBigDecimal(7), row.getString(8)),
                                    row.getInt(9),
                                    row.getBigDecimal(10),
                                    row.getDate(11).toLocalDate(),
                                    row.getDate(12).toLocalDate());
                            byLink.computeIfAbsent(row.getInt(1), n -> new ArrayList<>())
                                    .add(new Dated<>(t, row.getDate(2).toLocalDate()));
                        }
                    }
                    return byLink;
                });
    }

    private List<ChainEvent> history(UUID chainId) {
        return jdbc.prepareStatement(
                "select action, partner_id, partner_name, actor, at, detail "
                        + "from supply_chain_event where chain_id = ? order by number",
                statement -> {
                    statement.setObject(1, chainId, Types.OTHER);
                    List<ChainEvent> events = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            events.add(ChainEvent.of(
                                    row.getString(1),
                                    row.getObject(2, UUID.class),
                                    row.getString(3),
                                    row.getString(4),
                                    instant(row, 5),
                                    row.getString(6)));
                        }
                    }
                    return events;
                });
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static List<String> texts(ResultSet row, int column) throws SQLException {
        return List.of((String[]) row.getArray(column).getArray());
    }
}
