package uk.gov.justice.marketplace.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.ProblemAnswers;

/** The reference data, public and read-only, in English or Welsh (?lang=cy, or Accept-Language). */
@ProblemAnswers.NoToken
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Reference data")
class ReferenceApi {

    private static final int MAX_WORKING_DAYS = 3650;

    private final Areas areas;
    private final Commissioners commissioners;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final WorkingDays workingDays;
    private final Messages messages;

    ReferenceApi(
            Areas areas,
            Commissioners commissioners,
            Specialities specialities,
            Cohorts cohorts,
            WorkingDays workingDays,
            Messages messages) {
        this.areas = areas;
        this.commissioners = commissioners;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.workingDays = workingDays;
        this.messages = messages;
    }

    @Serdeable
    record AreaSummary(String code, String layer, String name, List<String> policeForceAreas) {}

    @Serdeable
    record AreaDetail(
            String code,
            String layer,
            String name,
            List<String> policeForceAreas,
            List<String> contains,
            List<String> containedBy,
            @Nullable @Schema(type = "object") CommissionerView commissioner) {}

    @Serdeable
    record CommissionerView(String type, @Nullable String name) {}

    @Serdeable
    record TermView(String code, String label) {}

    @Serdeable
    record HolidayView(LocalDate date, String name) {}

    @Serdeable
    record WorkingDayAnswer(LocalDate from, int add, LocalDate date) {}

    @ProblemAnswers.RefusesInput
    @Get("/areas")
    @Operation(summary = "Every area, or one layer: police-force-area, contract-package-area, probation-region")
    List<AreaSummary> areas(
            @Parameter(
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "police-force-area",
                                                "contract-package-area",
                                                "probation-region"
                                            }))
                    @QueryValue
                    @Nullable
                    String layer,
            @QueryValue @Nullable String lang,
            HttpRequest<?> request) {
        Locale locale = locale(lang, request);
        List<Area> chosen = layer == null
                ? areas.all()
                : areas.inLayer(AreaLayer.fromCode(layer)
                        .orElseThrow(() -> new InvalidInput(
                                "layer",
                                "layer must be police-force-area, contract-package-area or probation-region")));
        return chosen.stream()
                .map(a -> new AreaSummary(
                        a.code(),
                        a.layer().code(),
                        a.name().in(locale),
                        a.policeForceAreas().stream().sorted().toList()))
                .toList();
    }

    @ProblemAnswers.FindsByName
    @Get("/areas/{code}")
    @Operation(summary = "One area: the police force areas it covers, the areas inside it and the areas it sits in")
    AreaDetail area(@PathVariable String code, @QueryValue @Nullable String lang, HttpRequest<?> request) {
        Locale locale = locale(lang, request);
        Area area = areas.require(code);
        Commissioner commissioner = area.layer() == AreaLayer.POLICE_FORCE_AREA ? commissioners.of(code) : null;
        return new AreaDetail(
                area.code(),
                area.layer().code(),
                area.name().in(locale),
                area.policeForceAreas().stream().sorted().toList(),
                codes(areas.within(code)),
                codes(areas.containing(code)),
                commissioner == null
                        ? null
                        : new CommissionerView(
                                commissioner.type().name(),
                                commissioner.name() == null
                                        ? null
                                        : commissioner.name().in(locale)));
    }

    @Get("/specialities")
    @Operation(summary = "What providers do: the seven pathways and the other services")
    List<TermView> specialities(@QueryValue @Nullable String lang, HttpRequest<?> request) {
        return terms(specialities, locale(lang, request));
    }

    @Get("/cohorts")
    @Operation(summary = "Who services are for")
    List<TermView> cohorts(@QueryValue @Nullable String lang, HttpRequest<?> request) {
        return terms(cohorts, locale(lang, request));
    }

    @ProblemAnswers.RefusesInput
    @Get("/bank-holidays/{year}")
    @Operation(summary = "The bank holidays of a year in England and Wales, as taken (substitute days included)")
    List<HolidayView> bankHolidays(
            @Parameter(schema = @Schema(minimum = "1900", maximum = "2200")) @PathVariable int year,
            @QueryValue @Nullable String lang,
            HttpRequest<?> request) {
        if (year < 1900 || year > 2200) {
            throw new InvalidInput("year", "year must be between 1900 and 2200");
        }
        Locale locale = locale(lang, request);
        return workingDays.holidays().in(year).stream()
                .map(h -> new HolidayView(h.date(), h.name().in(locale)))
                .toList();
    }

    @ProblemAnswers.RefusesInput
    @Get("/working-days")
    @Operation(summary = "The date a number of working days after another, e.g. a decision deadline")
    WorkingDayAnswer workingDay(
            @QueryValue LocalDate from,
            @Parameter(schema = @Schema(minimum = "0", maximum = "" + MAX_WORKING_DAYS)) @QueryValue int add) {
        if (add < 0 || add > MAX_WORKING_DAYS) {
            throw new InvalidInput("add", "add must be between 0 and " + MAX_WORKING_DAYS);
        }
        return new WorkingDayAnswer(from, add, workingDays.add(from, add));
    }

    private Locale locale(String lang, HttpRequest<?> request) {
        return lang == null ? messages.locale(request) : Locale.forLanguageTag(lang);
    }

    private static List<TermView> terms(Vocabulary vocabulary, Locale locale) {
        return vocabulary.all().stream()
                .map(t -> new TermView(t.code(), t.label().in(locale)))
                .toList();
    }

    private static List<String> codes(List<Area> list) {
        return list.stream().map(Area::code).toList();
    }
}
