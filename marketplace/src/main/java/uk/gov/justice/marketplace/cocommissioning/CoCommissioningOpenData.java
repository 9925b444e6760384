package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import uk.gov.justice.marketplace.identity.OrganisationDirectory;
import uk.gov.justice.marketplace.order.Order;
import uk.gov.justice.marketplace.order.Orders;
import uk.gov.justice.marketplace.register.Register;

/**
 * Every agreement with a version in force today as an OCDS release, with the orders charged to its budgets (an
 * order still waiting for its commissioner's own approval is not yet public). Organisation names come from
 * identity, providers' registered numbers from the register, orders from the order feature's public service.
 */
@Singleton
class CoCommissioningOpenData {

    private final JdbcOperations jdbc;
    private final CoCommissioning agreements;
    private final CoCommissioningStore store;
    private final Orders orders;
    private final OrganisationDirectory organisations;
    private final Register register;
    private final CoCommissioningOpenDataSettings settings;

    CoCommissioningOpenData(
            JdbcOperations jdbc,
            CoCommissioning agreements,
            CoCommissioningStore store,
            Orders orders,
            OrganisationDirectory organisations,
            Register register,
            CoCommissioningOpenDataSettings settings) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.store = store;
        this.orders = orders;
        this.organisations = organisations;
        this.register = register;
        this.settings = settings;
    }

    @ReadOnly
    List<CoCommissioningOpenDataRelease> releases() {
        List<CoCommissioningOpenDataRelease> releases = new ArrayList<>();
        for (Map.Entry<UUID, String> agreement : agreementNames().entrySet()) {
            agreements
                    .versionInForceOn(agreement.getKey(), agreements.today())
                    .ifPresent(version -> releases.add(release(agreement.getKey(), agreement.getValue(), version)));
        }
        return releases;
    }

    private CoCommissioningOpenDataRelease release(UUID id, String name, VersionInForce version) {
        List<Order> charged = store.budgetsOf(id).stream()
                .flatMap(b -> orders.chargedTo(b.budgetId()).stream())
                .filter(o -> o.status() != Order.Status.AWAITING_APPROVAL)
                .toList();
        Set<UUID> named = new LinkedHashSet<>();
        named.add(version.hostId());
        version.funders().forEach(f -> named.add(f.funderId()));
        charged.forEach(o -> named.add(o.terms().providerId()));
        Map<UUID, String> names = organisations.namesOf(named);
        Function<UUID, CoCommissioningOpenDataRelease.Organisation> organisation = org -> {
            String orgName = names.getOrDefault(org, org.toString());
            return new CoCommissioningOpenDataRelease.Organisation(
                    org,
                    orgName,
                    register.entryOf(org)
                            .map(entry -> CoCommissioningOpenDataRelease.identifierOf(
                                    entry.legalForm(), entry.registrationNumber(), entry.name()))
                            .orElse(null));
        };
        List<CoCommissioningOpenDataRelease.Contribution> contributions = new ArrayList<>();
        version.funders().forEach(f -> f.contributions().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(c -> contributions.add(
                        new CoCommissioningOpenDataRelease.Contribution(f.funderId(), c.getKey(), c.getValue()))));
        return CoCommissioningOpenDataRelease.of(
                settings.ocidPrefix(),
                new CoCommissioningOpenDataRelease.Source(
                        id,
                        version.version(),
                        name,
                        version.tookEffectOn()
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toInstant(),
                        organisation.apply(version.hostId()),
                        version.funders().stream()
                                .map(f -> organisation.apply(f.funderId()))
                                .toList(),
                        contributions,
                        charged.stream()
                                .map(o -> o.terms().providerId())
                                .distinct()
                                .map(organisation)
                                .toList(),
                        charged.stream()
                                .map(o -> new CoCommissioningOpenDataRelease.Order(
                                        o.id(),
                                        o.terms().providerId(),
                                        o.terms().titleEn(),
                                        o.status().name(),
                                        o.placedAt(),
                                        o.amount()))
                                .toList()));
    }

    private Map<UUID, String> agreementNames() {
        return jdbc.prepareStatement(
                "select id, name from co_commissioning_agreement order by created_at, id", statement -> {
                    Map<UUID, String> found = new java.util.LinkedHashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getObject("id", UUID.class), rows.getString("name"));
                        }
                    }
                    return found;
                });
    }
}
