package uk.gov.justice.marketplace.ratecard;

import uk.gov.justice.marketplace.common.Transitions;

/** Where a rate-card service is in its life: a draft only its provider sees, published and orderable, or withdrawn. */
public enum ServiceStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN;

    /**
     * The one table of moves, pinned by ServiceStatusTest. A provider keeps its own service up to date in any
     * status; a withdrawn service takes no new orders until its provider publishes it again.
     */
    static final Transitions<ServiceStatus, RateCardEvent> MOVES = Transitions.<ServiceStatus, RateCardEvent>refusing(
                    "ratecard.error.move")
            .refusing(RateCardEvent.ServicePublished.class, "ratecard.error.alreadyPublished")
            .refusing(RateCardEvent.ServiceWithdrawn.class, "ratecard.error.notPublished")
            .allow(DRAFT, RateCardEvent.ServiceChanged.class, DRAFT)
            .allow(DRAFT, RateCardEvent.PriceSet.class, DRAFT)
            .allow(DRAFT, RateCardEvent.ServicePublished.class, PUBLISHED)
            .allow(PUBLISHED, RateCardEvent.ServiceChanged.class, PUBLISHED)
            .allow(PUBLISHED, RateCardEvent.PriceSet.class, PUBLISHED)
            .allow(PUBLISHED, RateCardEvent.ServiceWithdrawn.class, WITHDRAWN)
            .allow(WITHDRAWN, RateCardEvent.ServiceChanged.class, WITHDRAWN)
            .allow(WITHDRAWN, RateCardEvent.PriceSet.class, WITHDRAWN)
            .allow(WITHDRAWN, RateCardEvent.ServicePublished.class, PUBLISHED)
            .build();
}
