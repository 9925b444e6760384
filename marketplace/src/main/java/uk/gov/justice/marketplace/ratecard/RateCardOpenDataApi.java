package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.web.Downloads;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;

/** The rate card's published prices and their history as open data: anyone may read them, as JSON or CSV. */
@ProblemAnswers.NoToken
@Controller("/open-data")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Rate card")
class RateCardOpenDataApi {

    private final RateCardOpenData openData;

    RateCardOpenDataApi(RateCardOpenData openData) {
        this.openData = openData;
    }

    @Serdeable
    record Price(
            int version,
            BigDecimal unitPrice,
            String currency,
            String vat,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveUntil) {}

    @Serdeable
    record Service(
            UUID id,
            UUID providerId,
            String provider,
            String titleEn,
            String titleCy,
            String speciality,
            String unit,
            String status,
            List<Price> prices) {}

    @Serdeable
    record RateCard(List<Service> services) {}

    @Get("/rate-card.json")
    @Operation(
            summary = "Every published or withdrawn rate-card service with every unit price it has had or will "
                    + "have (excluding VAT), oldest first; effectiveUntil is empty for the price in force last")
    RateCard json() {
        return new RateCard(
                openData.services().stream().map(RateCardOpenDataApi::service).toList());
    }

    private static Service service(RateCardOpenData.ServicePrices prices) {
        RateCardOpenData.Listing s = prices.service();
        return new Service(
                s.serviceId(),
                s.providerId(),
                s.providerName(),
                s.titleEn(),
                s.titleCy(),
                s.speciality(),
                s.unit(),
                s.status(),
                prices.prices().stream()
                        .map(p -> new Price(
                                p.version(), p.amount(), p.currency(), p.vat(), p.effectiveFrom(), p.effectiveUntil()))
                        .toList());
    }

    @Get(value = "/rate-card.csv", produces = "text/csv")
    @Operation(summary = "The same prices as CSV, one line per price of each service")
    HttpResponse<String> csv() {
        return Downloads.csv(openData.csv(), RateCardOpenData.CSV_FILE);
    }
}
