package uk.gov.justice.marketplace.ratecard;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Dated;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.NotFound;
import uk.gov.justice.marketplace.reference.Area;
import uk.gov.justice.marketplace.reference.Areas;

/**
 * The rate card as orders see it. A buyer's area is served by the smallest declared area that holds it (a service
 * declared for Wales and for Gwent counts a Gwent order against Gwent), and its capacity is counted per period in
 * one row of {@code rate_card_capacity}, locked while units are reserved or given back.
 */
@Singleton
class PublishedOffers implements RateCardOffers {

    private final RateCardStore store;
    private final Areas areas;
    private final Clock clock;

    PublishedOffers(RateCardStore store, Areas areas, Clock clock) {
        this.store = store;
        this.areas = areas;
        this.clock = clock;
    }

    @Override
    @ReadOnly
    public OfferTerms termsFor(UUID serviceId, String area, LocalDate day) {
        RateCardService service = store.read(serviceId)
                .filter(s -> s.status() == ServiceStatus.PUBLISHED)
                .orElseThrow(PublishedOffers::noSuchService);
        String served = servedArea(service, area);
        Dated<Price> price =
                service.priceOn(day).orElseThrow(() -> new InvalidInput("serviceId", "ratecard.error.noPriceInForce"));
        ServiceDetails d = service.details();
        return new OfferTerms(
                service.id(),
                service.providerId(),
                service.providerName(),
                d.titleEn(),
                d.titleCy(),
                d.speciality(),
                d.unit(),
                price.value().unitPrice(),
                price.value().vat(),
                price.effectiveFrom(),
                d.minimumOrder(),
                d.leadTimeDays(),
                d.capacityPeriod(),
                served);
    }

    @Override
    @Transactional
    public void reserve(UUID serviceId, String area, Period period, int units) {
        requirePositive(units);
        RateCardService service = counted(store.readShared(serviceId), period);
        String served = servedArea(service, area);
        int reserved = store.lockReserved(serviceId, served, period);
        if (reserved + units > service.details().capacityIn(served)) {
            throw new InvalidInput("units", "ratecard.error.notEnoughCapacity");
        }
        store.setReserved(serviceId, served, period, reserved + units);
        store.changed(serviceId, clock.instant());
    }

    @Override
    @Transactional
    public void release(UUID serviceId, String area, Period period, int units) {
        requirePositive(units);
        RateCardService service = counted(store.readShared(serviceId), period);
        String served = servedArea(service, area);
        int reserved = store.lockReserved(serviceId, served, period);
        if (units > reserved) {
            throw new InvalidInput("units", "ratecard.error.releasingMoreThanReserved");
        }
        store.setReserved(serviceId, served, period, reserved - units);
        store.changed(serviceId, clock.instant());
    }

    @Override
    @ReadOnly
    public int unitsLeft(UUID serviceId, String area, Period period) {
        RateCardService service = counted(store.read(serviceId), period);
        String served = servedArea(service, area);
        int reserved = store.reserved(serviceId, served, period).orElse(0);
        return Math.max(0, service.details().capacityIn(served) - reserved);
    }

    /** A service that has been published (a withdrawn one still delivers, and gives back, what was ordered). */
    private static RateCardService counted(Optional<RateCardService> found, Period period) {
        RateCardService service =
                found.filter(s -> s.status() != ServiceStatus.DRAFT).orElseThrow(PublishedOffers::noSuchService);
        if (period == null || period.kind() != service.details().capacityPeriod()) {
            throw new InvalidInput("period", "ratecard.error.periodKind");
        }
        return service;
    }

    private String servedArea(RateCardService service, String code) {
        Area buyers = areas.find(code).orElseThrow(() -> new NotFound("area", "ratecard.error.unknownArea"));
        return service.details().areas().stream()
                .map(served -> areas.require(served.areaCode()))
                .filter(served -> served.contains(buyers))
                .min(Comparator.<Area>comparingInt(a -> a.policeForceAreas().size())
                        .thenComparing(Area::code))
                .map(Area::code)
                .orElseThrow(() -> new InvalidInput("area", "ratecard.error.areaNotServed"));
    }

    private static void requirePositive(int units) {
        if (units <= 0) {
            throw new InvalidInput("units", "ratecard.error.units");
        }
    }

    private static NotFound noSuchService() {
        return new NotFound("serviceId", "ratecard.error.noService");
    }
}
