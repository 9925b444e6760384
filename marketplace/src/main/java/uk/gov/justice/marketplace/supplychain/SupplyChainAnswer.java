package uk.gov.justice.marketplace.supplychain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Money;

/**
 * A chain as the API answers it: the same JSON integrators have always had, written from the aggregate, which is
 * stored as rows and never sent as it is.
 */
@Serdeable
record SupplyChainAnswer(Chain chain, ChainFigures figures) {

    static SupplyChainAnswer of(SupplyChainView view) {
        SupplyChain c = view.chain();
        return new SupplyChainAnswer(
                new Chain(
                        c.id(),
                        c.leadId(),
                        c.leadName(),
                        c.name(),
                        c.area(),
                        c.purpose(),
                        c.contractValue(),
                        c.links().stream().map(l -> Link.of(l, view.at())).toList(),
                        c.history().stream().map(Event::of).toList()),
                view.figures());
    }

    @Serdeable
    record Chain(
            UUID id,
            UUID leadId,
            String leadName,
            String name,
            String area,
            SupplyChain.Purpose purpose,
            Money contractValue,
            List<Link> links,
            List<Event> history) {}

    /** One partner's place: its latest terms, and how many versions of them there have been. */
    @Serdeable
    record Link(
            UUID partnerId,
            String partnerName,
            LinkStatus status,
            String message,
            Instant invitedAt,
            Instant expiresAt,
            @Nullable Instant answeredAt,
            @Nullable String reason,
            @Nullable @Schema(type = "object") PartnerTermsBody terms,
            int termsVersion) {

        static Link of(PartnerLink l, Instant at) {
            return new Link(
                    l.partnerId(),
                    l.partnerName(),
                    l.statusAt(at),
                    l.message(),
                    l.invitedAt(),
                    l.expiresAt(),
                    l.answeredAt(),
                    l.reason(),
                    l.terms() == null ? null : PartnerTermsBody.of(l.terms()),
                    l.termsVersion());
        }
    }

    @Serdeable
    record Event(
            String action,
            @Nullable UUID partnerId,
            @Nullable String partnerName,
            String by,
            Instant at,
            @Nullable String detail) {

        static Event of(ChainEvent e) {
            return new Event(
                    e.action(),
                    e.partnerId(),
                    e.partnerName(),
                    e.cause().actor(),
                    e.cause().at(),
                    e.detail());
        }
    }
}
