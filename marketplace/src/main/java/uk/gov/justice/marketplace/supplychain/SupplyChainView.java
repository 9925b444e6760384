package uk.gov.justice.marketplace.supplychain;

/**
 * A chain as someone may see it, with its figures and flags worked out for today; the API sends it as
 * {@link SupplyChainAnswer}.
 */
public record SupplyChainView(SupplyChain chain, ChainFigures figures) {
}
