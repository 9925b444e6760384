package uk.gov.justice.marketplace.order;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;

/** A commissioner's budgets with what is committed, spent and left; its admin may set its own for a year. */
record BudgetsPage(List<BudgetRow> budgets, boolean canSet, BudgetPages.BudgetForm typed, FormErrors errors) {

    record BudgetRow(
            String year, String name, String kind, String amount, String committed, String spent, String remaining) {}
}
