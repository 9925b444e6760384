package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.EnumMap;
import java.util.Map;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.web.CsrfForm;

/** The steward's decision form: the version read, the outcome, the reason and a comment box per part. */
@Serdeable
record DecisionForm(
        @Nullable String version,
        @Nullable String outcome,
        @Nullable String reason,
        @Nullable String organisationComment,
        @Nullable String exclusionsComment,
        @Nullable String selectionComment,
        @Nullable String servicesComment,
        @Nullable String coverageComment,
        @Nullable String evidenceComment,
        @Nullable String csrfToken)
        implements CsrfForm {

    static String commentField(EoiPart part) {
        return part.field() + "Comment";
    }

    EoiReview.Decide decide() {
        int read;
        try {
            read = Integer.parseInt(version == null ? "" : version);
        } catch (NumberFormatException e) {
            throw new InvalidInput("outcome", "error.eoi.decision.stale");
        }
        EoiStatus chosen = outcome == null
                ? null
                : switch (outcome) {
                    case "APPROVED" -> EoiStatus.APPROVED;
                    case "CHANGES_REQUESTED" -> EoiStatus.CHANGES_REQUESTED;
                    case "REJECTED" -> EoiStatus.REJECTED;
                    default -> null;
                };
        return new EoiReview.Decide(read, chosen, reason, comments());
    }

    Map<EoiPart, String> comments() {
        Map<EoiPart, String> comments = new EnumMap<>(EoiPart.class);
        for (EoiPart part : EoiPart.values()) {
            String comment = comment(part);
            if (comment != null && !comment.isBlank()) {
                comments.put(part, comment);
            }
        }
        return comments;
    }

    String comment(EoiPart part) {
        return switch (part) {
            case ORGANISATION -> organisationComment;
            case EXCLUSIONS -> exclusionsComment;
            case SELECTION -> selectionComment;
            case SERVICES -> servicesComment;
            case COVERAGE -> coverageComment;
            case EVIDENCE -> evidenceComment;
        };
    }
}
