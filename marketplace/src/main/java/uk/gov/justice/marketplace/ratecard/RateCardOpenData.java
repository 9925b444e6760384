package uk.gov.justice.marketplace.ratecard;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.common.Csv;

/**
 * Published prices as open data: every price each service has had or will have, oldest first, with the day it
 * took (or takes) effect and the last day it applied. Withdrawn services keep their history; drafts are never
 * shown, since nobody could order them.
 */
@Singleton
class RateCardOpenData {

    static final String CSV_FILE = "rate-card-prices.csv";

    private static final String HEADER = "service_id,provider_id,provider_name,title_en,title_cy,speciality,unit,"
            + "status,price_version,unit_price,currency,vat,effective_from,effective_until";

    /** Which service a price is of, as the open data names it. */
    record Listing(
            UUID serviceId,
            UUID providerId,
            String providerName,
            String titleEn,
            String titleCy,
            String speciality,
            String unit,
            String status) {}

    /** One price of one service, the version that applied from {@code effectiveFrom} to {@code effectiveUntil}. */
    record PriceLine(
            Listing service,
            int version,
            BigDecimal amount,
            String currency,
            String vat,
            LocalDate effectiveFrom,
            LocalDate effectiveUntil) {}

    /** A service and its prices, oldest first. */
    record ServicePrices(Listing service, List<PriceLine> prices) {}

    private final JdbcOperations jdbc;

    RateCardOpenData(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    List<PriceLine> prices() {
        return jdbc.prepareStatement(
                "select s.id, s.provider_id, s.provider_name, s.title_en, s.title_cy, s.speciality, s.unit, s.status, "
                        + "p.version, p.amount, p.currency, p.vat, p.effective_from, "
                        + "lead(p.effective_from) over (partition by p.service_id order by p.effective_from) - 1 "
                        + "as effective_until from rate_card_service s join rate_card_price p on p.service_id = s.id "
                        + "where s.status in ('PUBLISHED', 'WITHDRAWN') order by s.provider_name, s.title_en, s.id, "
                        + "p.effective_from",
                statement -> {
                    List<PriceLine> lines = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            Date until = row.getDate("effective_until");
                            lines.add(new PriceLine(
                                    new Listing(
                                            row.getObject("id", UUID.class),
                                            row.getObject("provider_id", UUID.class),
                                            row.getString("provider_name"),
                                            row.getString("title_en"),
                                            row.getString("title_cy"),
                                            row.getString("speciality"),
                                            row.getString("unit"),
                                            row.getString("status")),
                                    row.getInt("version"),
                                    row.getBigDecimal("amount"),
                                    row.getString("currency"),
                                    row.getString("vat"),
                                    row.getDate("effective_from").toLocalDate(),
                                    until == null ? null : until.toLocalDate()));
                        }
                    }
                    return lines;
                });
    }

    /** The same prices grouped by service, in the same order. */
    @ReadOnly
    List<ServicePrices> services() {
        Map<UUID, List<PriceLine>> byService = new LinkedHashMap<>();
        prices().forEach(p -> byService
                .computeIfAbsent(p.service().serviceId(), id -> new ArrayList<>())
                .add(p));
        return byService.values().stream()
                .map(lines -> new ServicePrices(lines.get(0).service(), lines))
                .toList();
    }

    @ReadOnly
    String csv() {
        return Csv.of(HEADER, prices().stream().map(RateCardOpenData::row));
    }

    private static List<String> row(PriceLine p) {
        Listing s = p.service();
        return Stream.of(
                        s.serviceId(),
                        s.providerId(),
                        s.providerName(),
                        s.titleEn(),
                        s.titleCy(),
                        s.speciality(),
                        s.unit(),
                        s.status(),
                        p.version(),
                        p.amount().toPlainString(),
                        p.currency(),
                        p.vat(),
                        p.effectiveFrom(),
                        p.effectiveUntil())
                .map(v -> v == null ? "" : v.toString())
                .toList();
    }
}
