package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.justice.marketplace.common.InvalidInput;

/** Everything a version of the form holds; a part not yet answered is null. */
@Serdeable
public record EoiAnswers(
        @Nullable @Schema(type = "object") OrganisationFacts organisation,
        @Nullable @Schema(type = "object") ExclusionDeclarations exclusions,
        @Nullable @Schema(type = "object") SelectionInformation selection,
        @Nullable @Schema(type = "object") ServicesOffered services,
        @Nullable @Schema(type = "object") Coverage coverage,
        @Nullable @Schema(type = "object") Evidence evidence) {

    public static final EoiAnswers NONE = new EoiAnswers(null, null, null, null, null, null);

    /** These answers with one part replaced. */
    public EoiAnswers with(PartAnswers part) {
        return new EoiAnswers(
                part instanceof OrganisationFacts o ? o : organisation,
                part instanceof ExclusionDeclarations e ? e : exclusions,
                part instanceof SelectionInformation s ? s : selection,
                part instanceof ServicesOffered s ? s : services,
                part instanceof Coverage c ? c : coverage,
                part instanceof Evidence e ? e : evidence);
    }

    public Optional<PartAnswers> of(EoiPart part) {
        PartAnswers answers =
                switch (part) {
                    case ORGANISATION -> organisation;
                    case EXCLUSIONS -> exclusions;
                    case SELECTION -> selection;
                    case SERVICES -> services;
                    case COVERAGE -> coverage;
                    case EVIDENCE -> evidence;
                };
        return Optional.ofNullable(answers).filter(a -> !a.isEmpty());
    }

    public Map<EoiPart, PartProgress> progress(Vocabularies vocabularies) {
        Map<EoiPart, PartProgress> progress = new EnumMap<>(EoiPart.class);
        for (EoiPart part : EoiPart.values()) {
            progress.put(
                    part,
                    of(part).map(a -> a.problems(vocabularies).isEmpty()
                                    ? PartProgress.COMPLETED
                                    : PartProgress.IN_PROGRESS)
                            .orElse(PartProgress.NOT_STARTED));
        }
        return progress;
    }

    /** Every answer missing or invalid across the form, part by part, for the error summary on submit. */
    public List<InvalidInput> problems(Vocabularies vocabularies) {
        List<InvalidInput> problems = new ArrayList<>();
        for (EoiPart part : EoiPart.values()) {
            of(part).ifPresentOrElse(
                            a -> problems.addAll(a.problems(vocabularies)),
                            () -> problems.add(new InvalidInput(part.field(), "error.eoi.notStarted")));
        }
        return problems;
    }
}
