package uk.gov.justice.marketplace.ratecard;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.eoi.PublishedEois;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.Vocabulary;
import uk.gov.justice.marketplace.search.RateCardDocument;

/**
 * Published rate-card services as search indexes them, read as they stand today: the price in force today, whether
 * it is above the steward's latest guide price, and the units left in each served area this period and next. A
 * draft or withdrawn service has no document, so a change that withdraws one takes it out of search.
 */
@Singleton
class RateCardDocuments {

    private static final String SERVICES = "select s.id, s.provider_id, s.provider_name, s.speciality, s.unit, "
            + "s.title_en, s.title_cy, s.description_en, s.description_cy, s.minimum_order, s.capacity_period, "
            + "s.lead_time_days, s.welsh_delivery, s.updated_at, p.amount, p.vat, "
            + "(select g.amount from rate_card_guide_price g where g.speciality = s.speciality and g.unit = s.unit "
            + "order by g.version desc limit 1) as guide, "
            + "exists (select 1 from rate_card_service_evidence e where e.service_id = s.id) as evidence "
            + "from rate_card_service s join lateral (select amount, vat from rate_card_price p "
            + "where p.service_id = s.id and p.effective_from <= ? order by p.effective_from desc limit 1) p on true "
            + "where s.status = 'PUBLISHED'";
    private static final String COHORTS = "select c.service_id, c.cohort from rate_card_service_cohort c "
            + "join rate_card_service s on s.id = c.service_id where s.status = 'PUBLISHED'";
    private static final String AREAS = "select a.service_id, a.area_code, a.capacity, "
            + "a.capacity - coalesce(now.reserved, 0) as left_now, a.capacity - coalesce(next.reserved, 0) as left_next "
            + "from rate_card_service_area a join rate_card_service s on s.id = a.service_id "
            + "left join rate_card_capacity now on now.service_id = a.service_id and now.area_code = a.area_code "
            + "and now.period_start = case s.capacity_period when 'MONTH' then cast(? as date) else cast(? as date) end "
            + "left join rate_card_capacity next on next.service_id = a.service_id and next.area_code = a.area_code "
            + "and next.period_start = case s.capacity_period when 'MONTH' then cast(? as date) else cast(? as date) end "
            + "where s.status = 'PUBLISHED'";

    /** Units still free in one served area, this period and next. */
    private record AreaLeft(String code, int thisPeriod, int nextPeriod) {}

    private final JdbcOperations jdbc;
    private final PublishedEois register;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final Clock clock;

    RateCardDocuments(
            JdbcOperations jdbc, PublishedEois register, Specialities specialities, Cohorts cohorts, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** The service's document, or empty when it is not published. */
    @ReadOnly
    Optional<RateCardDocument> of(UUID serviceId) {
        return documents(List.of(serviceId)).stream().findFirst();
    }

    /** The documents of those services that are published, in the order asked. */
    @ReadOnly
    List<RateCardDocument> of(Collection<UUID> serviceIds) {
        return serviceIds.isEmpty() ? List.of() : documents(serviceIds);
    }

    /** Every published service, for a full rebuild. */
    @ReadOnly
    Stream<RateCardDocument> all() {
        return documents(null).stream();
    }

    private List<RateCardDocument> documents(Collection<UUID> only) {
        LocalDate today = LocalDate.now(clock);
        String filter = only == null ? "" : " and s.id = any (?)";
        Map<UUID, List<String>> cohortsOf = new HashMap<>();
        Map<UUID, List<AreaLeft>> areasOf = new HashMap<>();
        jdbc.prepareStatement(COHORTS + filter, statement -> {
            ids(statement, 1, only);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    cohortsOf
                            .computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
            return null;
        });
        Period month = Period.containing(CapacityPeriod.MONTH, today);
        Period quarter = Period.containing(CapacityPeriod.QUARTER, today);
        jdbc.prepareStatement(AREAS + filter, statement -> {
            statement.setDate(1, Date.valueOf(month.start()));
            statement.setDate(2, Date.valueOf(quarter.start()));
            statement.setDate(3, Date.valueOf(month.next().start()));
            statement.setDate(4, Date.valueOf(quarter.next().start()));
            ids(statement, 5, only);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    areasOf.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new AreaLeft(rows.getString(2), rows.getInt(4), rows.getInt(5)));
                }
            }
            return null;
        });
        Map<UUID, Boolean> justiceDataLab = new HashMap<>();
        Map<UUID, RateCardDocument> found = new LinkedHashMap<>();
        jdbc.prepareStatement(SERVICES + filter + " order by s.id", statement -> {
            statement.setDate(1, Date.valueOf(today));
            ids(statement, 2, only);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject("id", UUID.class);
                    found.put(
                            id,
                            document(
                                    rows,
                                    cohortsOf.getOrDefault(id, List.of()),
                                    areasOf.getOrDefault(id, List.of()),
                                    justiceDataLab));
                }
            }
            return null;
        });
        return only == null
                ? List.copyOf(found.values())
                : only.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private RateCardDocument document(
            ResultSet row, List<String> cohortCodes, List<AreaLeft> areas, Map<UUID, Boolean> justiceDataLab)
            throws SQLException {
        UUID provider = row.getObject("provider_id", UUID.class);
        BigDecimal price = row.getBigDecimal("amount");
        BigDecimal guide = row.getBigDecimal("guide");
        String speciality = row.getString("speciality");
        Map<String, Integer> leftNow = new LinkedHashMap<>();
        Map<String, Integer> leftNext = new LinkedHashMap<>();
        for (AreaLeft area : areas) {
            leftNow.put(area.code(), area.thisPeriod());
            leftNext.put(area.code(), area.nextPeriod());
        }
        return new RateCardDocument(
                row.getObject("id", UUID.class).toString(),
                provider.toString(),
                row.getString("provider_name"),
                row.getString("title_en"),
                row.getString("title_cy"),
                row.getString("description_en"),
                row.getString("description_cy"),
                speciality,
                cohortCodes,
                row.getString("unit"),
                price.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact(),
                row.getString("vat"),
                List.copyOf(leftNow.keySet()),
                row.getString("capacity_period"),
                leftNow,
                leftNext,
                row.getInt("lead_time_days"),
                row.getInt("minimum_order"),
                row.getBoolean("welsh_delivery"),
                row.getBoolean("evidence"),
                justiceDataLab.computeIfAbsent(provider, this::hasJusticeDataLabResult),
                guide != null && price.compareTo(guide) > 0,
                labels(specialities, List.of(speciality)) + ". " + labels(cohorts, cohortCodes),
                row.getTimestamp("updated_at").toInstant());
    }

    /** The Justice Data Lab result is the provider's, from its approved EoI on the register. */
    private boolean hasJusticeDataLabResult(UUID provider) {
        return register.ofOrganisation(provider)
                .map(p -> p.version().answers().evidence().hasJusticeDataLabResult())
                .orElse(false);
    }

    /** What the service is and for whom, in English and Welsh, so words like "accommodation" or "llety" find it. */
    private static String labels(Vocabulary vocabulary, List<String> codes) {
        return codes.stream()
                .map(vocabulary::find)
                .flatMap(Optional::stream)
                .map(t -> t.label().en() + " " + t.label().cy())
                .collect(Collectors.joining(". "));
    }

    private static void ids(PreparedStatement statement, int index, Collection<UUID> only) throws SQLException {
        if (only != null) {
            statement.setArray(index, statement.getConnection().createArrayOf("uuid", only.toArray()));
        }
    }
}
