package uk.gov.justice.marketplace.supplychain;

import io.micronaut.serde.annotation.Serdeable;

/** A chain as someone may see it, with its figures and flags worked out for today. */
@Serdeable
public record SupplyChainView(SupplyChain chain, ChainFigures figures) {
}
