package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;

/**
 * Agreements as rows (V35): a version's rows are written once, when it is proposed; afterwards only its status, the
 * day it took effect and new signatures are written. Loading for a change takes the agreement's row lock, so two
 * funders signing at once are served one after the other and the second sees the first's signature.
 */
@Singleton
class CoCommissioningStore {

    private final JdbcOperations jdbc;

    CoCommissioningStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The agreement's own row; its versions follow with {@link #save}. */
    void create(Agreement agreement, String by, Instant at) {
        jdbc.prepareStatement(
                "insert into co_commissioning_agreement (id, name, created_by, created_at) values (?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, agreement.id(), Types.OTHER);
                    statement.setString(2, agreement.name());
                    statement.setString(3, by);
                    statement.setTimestamp(4, Timestamp.from(at));
                    return statement.executeUpdate();
                });
    }

    /** Writes the versions not yet stored, every version's status, and the signatures not yet stored. */
    void save(Agreement agreement) {
        jdbc.execute(connection -> {
            for (AgreementVersion version : agreement.versions()) {
                if (insertVersion(connection, agreement.id(), version)) {
                    insertTerms(connection, agreement.id(), version);
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "update co_commissioning_version set status = ?, took_effect_on = ? "
                                + "where agreement_id = ? and number = ?")) {
                    update.setString(1, version.status().name());
                    update.setObject(2, version.tookEffectOn() == null ? null : Date.valueOf(version.tookEffectOn()));
                    update.setObject(3, agreement.id(), Types.OTHER);
                    update.setInt(4, version.number());
                    update.executeUpdate();
                }
                for (Signature signature : version.signatures()) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "insert into co_commissioning_signature (agreement_id, version, funder_id, signed_by, "
                                    + "signed_at) values (?, ?, ?, ?, ?) on conflict do nothing")) {
                        insert.setObject(1, agreement.id(), Types.OTHER);
                        insert.setInt(2, version.number());
                        insert.setObject(3, signature.funderId(), Types.OTHER);
                        insert.setString(4, signature.cause().actor());
                        insert.setTimestamp(5, Timestamp.from(signature.cause().at()));
                        insert.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static boolean insertVersion(Connection connection, UUID agreementId, AgreementVersion version)
            throws SQLException {
        AgreementTerms terms = version.terms();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into co_commissioning_version (agreement_id, number, host_id, funding, risk_rule, quorum, "
                        + "service_ids, area_codes, status, proposed_by, proposed_at, reason, took_effect_on) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            insert.setObject(1, agreementId, Types.OTHER);
            insert.setInt(2, version.number());
            insert.setObject(3, terms.hostId(), Types.OTHER);
            insert.setString(4, terms.funding().name());
            insert.setString(5, terms.riskShare().rule().name());
            insert.setInt(6, terms.quorum());
            insert.setArray(7, connection.createArrayOf("uuid", terms.services().toArray()));
            insert.setArray(8, connection.createArrayOf("text", terms.areas().toArray()));
            insert.setString(9, version.status().name());
            insert.setString(10, version.proposed().actor());
            insert.setTimestamp(11, Timestamp.from(version.proposed().at()));
            insert.setString(12, version.proposed().reason());
            insert.setObject(13, version.tookEffectOn() == null ? null : Date.valueOf(version.tookEffectOn()));
            return insert.executeUpdate() == 1;
        }
    }

    private static void insertTerms(Connection connection, UUID agreementId, AgreementVersion version)
            throws SQLException {
        AgreementTerms terms = version.terms();
        int number = version.number();
        for (Map.Entry<FinancialYear, Money> year : terms.totals().entrySet()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into co_commissioning_year (agreement_id, version, financial_year, total) "
                            + "values (?, ?, ?, ?)")) {
                insert.setObject(1, agreementId, Types.OTHER);
                insert.setInt(2, number);
                insert.setInt(3, year.getKey().startYear());
                insert.setBigDecimal(4, year.getValue().amount());
                insert.executeUpdate();
            }
        }
        for (int position = 0; position < terms.funders().size(); position++) {
            Funder funder = terms.funders().get(position);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into co_commissioning_funder (agreement_id, version, funder_id, position, plan_name, "
                            + "risk_split) values (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, agreementId, Types.OTHER);
                insert.setInt(2, number);
                insert.setObject(3, funder.organisationId(), Types.OTHER);
                insert.setInt(4, position);
                insert.setString(5, funder.planName());
                Share split = terms.riskShare().split().get(funder.organisationId());
                insert.setBigDecimal(6, split == null ? null : split.percent());
                insert.executeUpdate();
            }
            for (Contribution contribution : funder.contributions()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into co_commissioning_contribution (agreement_id, version, funder_id, "
                                + "financial_year, amount, share) values (?, ?, ?, ?, ?, ?)")) {
                    insert.setObject(1, agreementId, Types.OTHER);
                    insert.setInt(2, number);
                    insert.setObject(3, funder.organisationId(), Types.OTHER);
                    insert.setInt(4, contribution.year().startYear());
                    insert.setBigDecimal(
                            5,
                            contribution.amount() == null
                                    ? null
                                    : contribution.amount().amount());
                    insert.setBigDecimal(
                            6,
                            contribution.share() == null
                                    ? null
                                    : contribution.share().percent());
                    insert.executeUpdate();
                }
            }
        }
        for (int position = 0; position < terms.priorities().size(); position++) {
            Priority priority = terms.priorities().get(position);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into co_commissioning_priority (agreement_id, version, position, funder_id, text_en, "
                            + "text_cy) values (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, agreementId, Types.OTHER);
                insert.setInt(2, number);
                insert.setInt(3, position);
                insert.setObject(4, priority.funderId(), Types.OTHER);
                insert.setString(5, priority.english());
                insert.setString(6, priority.welsh());
                insert.executeUpdate();
            }
        }
    }

    Optional<Agreement> lock(UUID id) {
        return load(id, " for update");
    }

    Optional<Agreement> read(UUID id) {
        return load(id, "");
    }

    /** The agreements an organisation funds or is named to fund in any version, newest first. */
    List<Agreement> involving(UUID organisationId) {
        List<UUID> ids = jdbc.prepareStatement(
                "select a.id from co_commissioning_agreement a where exists (select 1 from co_commissioning_funder f "
                        + "where f.agreement_id = a.id and f.funder_id = ?) order by a.created_at desc",
                statement -> {
                    statement.setObject(1, organisationId, Types.OTHER);
                    List<UUID> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return found;
                });
        return ids.stream().map(this::read).flatMap(Optional::stream).toList();
    }

    /** Remembers the budget the orders module answered for a holder and year (the same one when resized). */
    void budgetOpened(AgreementBudget budget) {
        jdbc.prepareStatement(
                "insert into co_commissioning_budget (agreement_id, holder_id, financial_year, budget_id) "
                        + "values (?, ?, ?, ?) on conflict (agreement_id, holder_id, financial_year) "
                        + "do update set budget_id = excluded.budget_id",
                statement -> {
                    statement.setObject(1, budget.agreementId(), Types.OTHER);
                    statement.setObject(2, budget.holderId(), Types.OTHER);
                    statement.setInt(3, budget.year().startYear());
                    statement.setObject(4, budget.budgetId(), Types.OTHER);
                    return statement.executeUpdate();
                });
    }

    List<AgreementBudget> budgetsOf(UUID agreementId) {
        return budgets("agreement_id = ?", agreementId);
    }

    Optional<AgreementBudget> budget(UUID budgetId) {
        return budgets("budget_id = ?", budgetId).stream().findFirst();
    }

    private List<AgreementBudget> budgets(String where, UUID id) {
        return jdbc.prepareStatement(
                "select agreement_id, holder_id, financial_year, budget_id from co_commissioning_budget where " + where
                        + " order by financial_year, holder_id",
                statement -> {
                    statement.setObject(1, id, Types.OTHER);
                    List<AgreementBudget> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(new AgreementBudget(
                                    rows.getObject(1, UUID.class),
                                    rows.getObject(2, UUID.class),
                                    new FinancialYear(rows.getInt(3)),
                                    rows.getObject(4, UUID.class)));
                        }
                    }
                    return found;
                });
    }

    private Optional<Agreement> load(UUID id, String lock) {
        return jdbc.prepareStatement("select name from co_commissioning_agreement where id = ?" + lock, statement -> {
            statement.setObject(1, id, Types.OTHER);
            String name;
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.<Agreement>empty();
                }
                name = row.getString(1);
            }
            return Optional.of(new Agreement(id, name, versions(statement.getConnection(), id)));
        });
    }

    private static List<AgreementVersion> versions(Connection connection, UUID id) throws SQLException {
        Map<Integer, Map<FinancialYear, Money>> totals = new LinkedHashMap<>();
        query(
                connection,
                "select version, financial_year, total from co_commissioning_year where agreement_id = ?",
                id,
                row -> totals.computeIfAbsent(row.getInt(1), v -> new TreeMap<>())
                        .put(new FinancialYear(row.getInt(2)), new Money(row.getBigDecimal(3), Money.GBP)));
        Map<Integer, Map<UUID, List<Contribution>>> contributions = new LinkedHashMap<>();
        query(
                connection,
                "select version, funder_id, financial_year, amount, share from co_commissioning_contribution "
                        + "where agreement_id = ? order by financial_year",
                id,
                row -> {
                    FinancialYear year = new FinancialYear(row.getInt(3));
                    BigDecimal amount = row.getBigDecimal(4);
                    contributions
                            .computeIfAbsent(row.getInt(1), v -> new LinkedHashMap<>())
                            .computeIfAbsent(row.getObject(2, UUID.class), f -> new ArrayList<>())
                            .add(
                                    amount != null
                                            ? Contribution.of(year, new Money(amount, Money.GBP))
                                            : Contribution.shareOf(year, new Share(row.getBigDecimal(5))));
                });
        Map<Integer, List<Funder>> funders = new LinkedHashMap<>();
        Map<Integer, Map<UUID, Share>> splits = new LinkedHashMap<>();
        query(
                connection,
                "select version, funder_id, plan_name, risk_split from co_commissioning_funder where agreement_id = ? "
                        + "order by version, position",
                id,
                row -> {
                    int version = row.getInt(1);
                    UUID funder = row.getObject(2, UUID.class);
                    funders.computeIfAbsent(version, v -> new ArrayList<>())
                            .add(new Funder(
                                    funder,
                                    row.getString(3),
                                    contributions
                                            .getOrDefault(version, Map.of())
                                            .getOrDefault(funder, List.of())));
                    BigDecimal split = row.getBigDecimal(4);
                    if (split != null) {
                        splits.computeIfAbsent(version, v -> new LinkedHashMap<>())
                                .put(funder, new Share(split));
                    }
                });
        Map<Integer, List<Priority>> priorities = new LinkedHashMap<>();
        query(
                connection,
                "select version, funder_id, text_en, text_cy from co_commissioning_priority where agreement_id = ? "
                        + "order by version, position",
                id,
                row -> priorities
                        .computeIfAbsent(row.getInt(1), v -> new ArrayList<>())
                        .add(new Priority(row.getObject(2, UUID.class), row.getString(3), row.getString(4))));
        Map<Integer, List<Signature>> signatures = new LinkedHashMap<>();
        query(
                connection,
                "select version, funder_id, signed_by, signed_at from co_commissioning_signature where agreement_id = ? "
                        + "order by signed_at",
                id,
                row -> signatures
                        .computeIfAbsent(row.getInt(1), v -> new ArrayList<>())
                        .add(new Signature(
                                row.getObject(2, UUID.class),
                                Cause.by(row.getString(3), row.getTimestamp(4).toInstant())
                                        .withoutReason())));
        List<AgreementVersion> versions = new ArrayList<>();
        query(
                connection,
                "select number, host_id, funding, risk_rule, quorum, service_ids, area_codes, status, proposed_by, "
                        + "proposed_at, reason, took_effect_on from co_commissioning_version where agreement_id = ? "
                        + "order by number",
                id,
                row -> {
                    int number = row.getInt(1);
                    Cause.By by =
                            Cause.by(row.getString(9), row.getTimestamp(10).toInstant());
                    Date tookEffect = row.getDate(12);
                    AgreementTerms terms = new AgreementTerms(
                            row.getObject(2, UUID.class),
                            Funding.valueOf(row.getString(3)),
                            new TreeMap<>(totals.getOrDefault(number, Map.of())),
                            funders.getOrDefault(number, List.of()),
                            Arrays.asList((UUID[]) row.getArray(6).getArray()),
                            Arrays.asList((String[]) row.getArray(7).getArray()),
                            priorities.getOrDefault(number, List.of()),
                            new RiskShare(
                                    RiskShare.Rule.valueOf(row.getString(4)), splits.getOrDefault(number, Map.of())),
                            row.getInt(5));
                    versions.add(new AgreementVersion(
                            number,
                            terms,
                            VersionStatus.valueOf(row.getString(8)),
                            row.getString(11) == null ? by.withoutReason() : by.because(row.getString(11)),
                            signatures.getOrDefault(number, List.of()),
                            tookEffect == null ? null : tookEffect.toLocalDate()));
                });
        return versions;
    }

    private interface Rows {
        void each(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, UUID id, Rows rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id, Types.OTHER);
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    rows.each(found);
                }
            }
        }
    }
}
