package uk.gov.justice.marketplace.register;

import uk.gov.justice.marketplace.support.MarketplaceTest;

/** The evidence finding on the embedded Lucene engine (the default). */
@MarketplaceTest
class NewcomerSearchingEvidenceTest extends NewcomerSearchingEvidence {}
