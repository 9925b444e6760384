package uk.gov.justice.marketplace.supplychain;

import java.time.Instant;

/**
 * A chain as someone may see it at a moment, with its figures, flags and each partner's status worked out for that
 * moment (an invitation past its deadline is expired); the API sends it as {@link SupplyChainAnswer}.
 */
public record SupplyChainView(SupplyChain chain, ChainFigures figures, Instant at) {}
