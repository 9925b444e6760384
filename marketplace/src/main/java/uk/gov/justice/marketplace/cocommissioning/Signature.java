package uk.gov.justice.marketplace.cocommissioning;

import java.util.UUID;
import uk.gov.justice.marketplace.common.Cause;

/** A funder's sign-off of a version: for which funder, and who signed when. */
public record Signature(UUID funderId, Cause cause) {}
