package uk.gov.justice.marketplace.shortlist;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;

/** The organisation's lists, what was typed into the new-list form, and any error. */
record ShortlistsPage(List<Shortlist> shortlists, String name, FormErrors errors) {}
