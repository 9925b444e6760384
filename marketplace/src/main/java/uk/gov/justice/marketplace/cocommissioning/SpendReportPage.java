package uk.gov.justice.marketplace.cocommissioning;

import java.util.List;
import uk.gov.justice.marketplace.common.web.FormErrors;

/**
 * An agreement's spend for a financial year as a funder reads it: the chart (an SVG drawn on the server) and the
 * same figures in tables, which screen readers read instead.
 *
 * @param year what was typed into the year box, kept as typed
 * @param showYours whether the reader's organisation funds the agreement, so its own column is shown
 */
record SpendReportPage(
        String agreementName,
        String yearShown,
        String year,
        boolean showYours,
        String chart,
        List<FigureRow> figures,
        List<LineRow> quarters,
        List<LineRow> areas,
        List<LineRow> priorities,
        String csvHref,
        FormErrors errors) {

    /** Contribution, committed, spent and not yet committed, written for the reader. */
    record FigureRow(String who, String contribution, String committed, String spent, String uncommitted) {}

    /** Spend under a heading: the reader's part ("" where not its to see) and the total. */
    record LineRow(String heading, String yours, String total) {}
}
