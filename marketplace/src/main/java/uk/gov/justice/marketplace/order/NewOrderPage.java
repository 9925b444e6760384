package uk.gov.justice.marketplace.order;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;

/** The order form for one rate-card service: the areas it may be ordered for, the budgets to charge it to, and what was typed. */
record NewOrderPage(OrderPages.PlaceForm typed, List<Option> areas, List<Option> budgets, FormErrors errors) {}
