package uk.gov.justice.marketplace.ratecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.justice.marketplace.audit.AuditTrail;
import uk.gov.justice.marketplace.common.Cause;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.identity.AccessPolicy;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.reference.Specialities;

/**
 * The steward's guide prices per speciality and unit. A guide price binds nobody: a service priced above it says
 * so to buyers, with its provider's reason if it gave one ({@link #aboveGuide}).
 */
@Singleton
public class GuidePrices {

    private final GuidePriceStore store;
    private final Specialities specialities;
    private final AuditTrail audit;
    private final Clock clock;

    GuidePrices(GuidePriceStore store, Specialities specialities, AuditTrail audit, Clock clock) {
        this.store = store;
        this.specialities = specialities;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public GuidePrice set(
            Viewer steward,
            @Nullable String speciality,
            @Nullable Unit unit,
            @Nullable BigDecimal amount,
            @Nullable String reason) {
        AccessPolicy.requireSteward(steward);
        GuideAnswers.RULES.require(new GuideAnswers(speciality, unit, amount, reason, specialities));
        GuidePrice guide = new GuidePrice(
                speciality,
                unit,
                store.lockNextVersion(speciality, unit),
                new Money(amount, Money.GBP),
                clock.instant(),
                steward.userId(),
                reason.trim());
        store.add(guide);
        audit.record(
                steward.asActor(),
                RateCardAudit.of(new RateCardEvent.GuidePriceSet(
                        guide.speciality(),
                        guide.unit(),
                        guide.version(),
                        guide.amount(),
                        Cause.by(steward.email(), guide.setAt()).because(guide.reason()))));
        return guide;
    }

    /** The guide price now in force for every speciality and unit that has one. */
    @ReadOnly
    public List<GuidePrice> current() {
        return store.latest();
    }

    @ReadOnly
    public Optional<GuidePrice> current(String speciality, Unit unit) {
        List<GuidePrice> history = store.history(speciality, unit);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    @ReadOnly
    public List<GuidePrice> history(String speciality, Unit unit) {
        if (specialities.find(speciality).isEmpty()) {
            throw new InvalidInput("speciality", "ratecard.error.speciality");
        }
        return store.history(speciality, unit);
    }

    /** The guide price a service's price today is above, if there is one and it is. */
    @ReadOnly
    public Optional<GuidePrice> aboveGuide(RateCardService service, LocalDate day) {
        return service.priceOn(day).flatMap(price -> current(
                        service.details().speciality(), service.details().unit())
                .filter(guide -> price.value().unitPrice().isMoreThan(guide.amount())));
    }
}
