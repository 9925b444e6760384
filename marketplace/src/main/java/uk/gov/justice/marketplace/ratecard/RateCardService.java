package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.Dated;
import uk.gov.justice.marketplace.common.DatedHistory;
import uk.gov.justice.marketplace.common.InvalidInput;

/**
 * A service on the rate card: what its provider offers, where, how much of it each period, and every unit price it
 * has had or will have. Immutable: every command answers the next state and what happened; the moves are
 * {@link ServiceStatus#MOVES}, the rules {@link ServiceDetails#RULES}, {@link NewPrice#RULES} and
 * {@link Publishing#RULES}.
 */
public record RateCardService(
        UUID id,
        UUID providerId,
        String providerName,
        ServiceStatus status,
        ServiceDetails details,
        DatedHistory<Price> prices,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        int version) {

    static final int LONGEST_REASON = 2000;

    /** The next state and the event that led to it. */
    public record Change(RateCardService service, RateCardEvent event) {}

    static Change draft(UUID providerId, String providerName, ServiceDetails details, Cause cause) {
        RateCardService service = new RateCardService(
                UUID.randomUUID(),
                providerId,
                providerName,
                ServiceStatus.DRAFT,
                details,
                DatedHistory.empty(),
                cause.at(),
                cause.at(),
                null,
                0);
        return new Change(service, new RateCardEvent.ServiceDrafted(service.id(), cause));
    }

    Change change(String providerName, ServiceDetails changed, Cause cause) {
        RateCardEvent event = new RateCardEvent.ServiceChanged(id, cause);
        return moved(event, next(event), providerName, changed, prices, publishedAt);
    }

    /** A new price from its day on; the rules are judged first, so a refused price changes nothing. */
    Change price(NewPrice price, UUID setBy, Cause cause) {
        NewPrice.RULES.require(price);
        RateCardEvent event = new RateCardEvent.PriceSet(
                id, cause, prices.size() + 1, price.unitPrice(), price.vat(), price.effectiveFrom());
        ServiceStatus to = next(event);
        List<Dated<Price>> all = new ArrayList<>(prices.versions());
        all.add(new Dated<>(new Price(price.unitPrice(), price.vat(), cause.at(), setBy), price.effectiveFrom()));
        return moved(event, to, providerName, details, new DatedHistory<>(all), publishedAt);
    }

    Change publish(boolean providerOnTheRegister, Cause cause) {
        RateCardEvent event = new RateCardEvent.ServicePublished(id, cause);
        ServiceStatus to = next(event);
        Publishing.RULES.require(new Publishing(this, providerOnTheRegister));
        return moved(event, to, providerName, details, prices, publishedAt == null ? cause.at() : publishedAt);
    }

    /** No new orders from now on; orders already placed keep their price and their reserved capacity. */
    Change withdraw(Cause.By by, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "ratecard.error.withdrawReason");
        }
        if (reason.length() > LONGEST_REASON) {
            throw new InvalidInput("reason", "ratecard.error.reasonTooLong");
        }
        Cause cause = by.because(reason.trim());
        RateCardEvent event = new RateCardEvent.ServiceWithdrawn(id, cause);
        return moved(event, next(event), providerName, details, prices, publishedAt);
    }

    /** The price an order placed on that day gets, if one had taken effect by then. */
    public Optional<Dated<Price>> priceOn(LocalDate day) {
        return prices.inForceOn(day);
    }

    /** The service one version on, changed when the event happened. */
    private Change moved(
            RateCardEvent event,
            ServiceStatus to,
            String name,
            ServiceDetails nextDetails,
            DatedHistory<Price> nextPrices,
            @Nullable Instant published) {
        return new Change(
                new RateCardService(
                        id,
                        providerId,
                        name,
                        to,
                        nextDetails,
                        nextPrices,
                        createdAt,
                        event.cause().at(),
                        published,
                        version + 1),
                event);
    }

    /** Refused, changing nothing, unless the table allows the move now. */
    private ServiceStatus next(RateCardEvent event) {
        return ServiceStatus.MOVES.next(status, event.getClass());
    }
}
