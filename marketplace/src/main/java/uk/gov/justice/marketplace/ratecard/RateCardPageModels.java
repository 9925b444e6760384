package uk.gov.justice.marketplace.ratecard;

import jakarta.inject.Singleton;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Dated;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.common.web.Dates;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Question;
import uk.gov.justice.marketplace.common.web.Question.Kind;
import uk.gov.justice.marketplace.eoi.EvidenceFile;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Label;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.Term;

/** Builds the rate card's page models in the reader's language, from the services and what was typed. */
@Singleton
class RateCardPageModels {

    /** How many served areas the portal's form offers at once; the API takes any number. */
    static final int AREA_ROWS = 3;

    private final RateCards rateCards;
    private final GuidePrices guides;
    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final Messages messages;
    private final Clock clock;

    RateCardPageModels(
            RateCards rateCards,
            GuidePrices guides,
            Areas areas,
            Specialities specialities,
            Cohorts cohorts,
            Messages messages,
            Clock clock) {
        this.rateCards = rateCards;
        this.guides = guides;
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.messages = messages;
        this.clock = clock;
    }

    YourRateCardPage yours(List<RateCardService> services, String banner, Locale locale) {
        return new YourRateCardPage(
                services.stream()
                        .map(s -> new YourRateCardPage.ServiceRow(
                                title(s.details(), locale),
                                "/rate-card/services/" + s.id() + "/edit",
                                word("ratecard.status." + s.status(), locale),
                                s.priceOn(today())
                                        .map(p -> money(p.value().unitPrice()))
                                        .orElse(word("ratecard.noPriceToday", locale))))
                        .toList(),
                banner);
    }

    ServiceFormPage form(
            UUID providerId,
            RateCardService service,
            RateCardPages.ServiceForm typed,
            RateCardPages.PriceForm price,
            RateCardPages.WithdrawalForm withdrawal,
            FormErrors errors,
            String banner,
            Locale locale) {
        boolean exists = service != null;
        return new ServiceFormPage(
                exists ? service.id().toString() : null,
                exists ? title(service.details(), locale) : word("ratecard.new.heading", locale),
                exists ? "/rate-card/services/" + service.id() : "/rate-card/services",
                exists ? word("ratecard.status." + service.status(), locale) : null,
                withErrors(details(typed, rateCards.evidenceOnOffer(providerId), locale), errors),
                withErrors(priceQuestions(price, locale), errors),
                exists ? prices(service, locale) : List.of(),
                exists && ServiceStatus.MOVES.allows(service.status(), RateCardEvent.ServicePublished.class),
                exists && ServiceStatus.MOVES.allows(service.status(), RateCardEvent.ServiceWithdrawn.class),
                withErrors(
                        List.of(Question.of(
                                Kind.TEXTAREA,
                                "reason",
                                word("ratecard.q.withdrawReason", locale),
                                withdrawal.reason())),
                        errors),
                exists && service.status() != ServiceStatus.DRAFT ? "/rate-card/services/" + service.id() : null,
                errors,
                banner);
    }

    ServicePage service(RateCardService s, Locale locale) {
        ServiceDetails d = s.details();
        LocalDate today = today();
        Optional<GuidePrice> guide = guides.current(d.speciality(), d.unit());
        boolean above = guides.aboveGuide(s, today).isPresent();
        boolean welsh = Messages.language(locale).equals("cy");
        List<ServicePage.Row> facts = List.of(
                new ServicePage.Row(word("ratecard.service.reference", locale), s.id().toString()),
                new ServicePage.Row(
                        word("ratecard.q.speciality", locale), term(specialities.all(), d.speciality(), locale)),
                new ServicePage.Row(word("ratecard.q.unit", locale), word("ratecard.unit." + d.unit(), locale)),
                new ServicePage.Row(
                        word("ratecard.q.cohorts", locale),
                        String.join(
                                ", ",
                                d.cohorts().stream()
                                        .map(c -> term(cohorts.all(), c, locale))
                                        .toList())),
                new ServicePage.Row(word("ratecard.q.minimumOrder", locale), String.valueOf(d.minimumOrder())),
                new ServicePage.Row(word("ratecard.q.leadTimeDays", locale), String.valueOf(d.leadTimeDays())),
                new ServicePage.Row(
                        word("ratecard.q.welshDelivery", locale),
                        word(d.welshDelivery() ? "ratecard.yes" : "ratecard.no", locale)));
        String period = word("ratecard.per." + d.capacityPeriod(), locale);
        return new ServicePage(
                title(d, locale),
                s.providerName(),
                welsh ? d.descriptionCy() : d.descriptionEn(),
                word("ratecard.status." + s.status(), locale),
                s.status() == ServiceStatus.WITHDRAWN,
                facts,
                d.areas().stream()
                        .map(a -> new ServicePage.AreaRow(area(a.areaCode(), locale), a.capacity() + " " + period))
                        .toList(),
                s.priceOn(today)
                        .map(p -> money(p.value().unitPrice()) + " "
                                + word("ratecard.vat." + p.value().vat(), locale))
                        .orElse(null),
                guide.map(g -> money(g.amount())).orElse(null),
                above,
                above ? (welsh ? d.aboveGuideReasonCy() : d.aboveGuideReasonEn()) : null,
                evidenceLinks(s),
                prices(s, locale),
                s.status() == ServiceStatus.PUBLISHED ? "/orders/new?service=" + s.id() : null);
    }

    GuidePricesPage guides(GuidePricePages.GuideForm typed, FormErrors errors, String banner, Locale locale) {
        List<GuidePricesPage.GuideRow> rows = guides.current().stream()
                .map(g -> new GuidePricesPage.GuideRow(
                        term(specialities.all(), g.speciality(), locale),
                        word("ratecard.unit." + g.unit(), locale),
                        String.valueOf(g.version()),
                        money(g.amount()),
                        Dates.day(g.setAt(), locale),
                        g.reason()))
                .toList();
        List<Question> form = List.of(
                Question.choice(
                        Kind.SELECT,
                        "speciality",
                        word("ratecard.q.speciality", locale),
                        one(typed.speciality()),
                        terms(specialities.all(), locale)),
                Question.choice(Kind.SELECT, "unit", word("ratecard.q.unit", locale), one(typed.unit()), units(locale)),
                Question.of(Kind.MONEY, "amount", word("ratecard.q.guideAmount", locale), typed.amount()),
                Question.of(Kind.TEXTAREA, "reason", word("ratecard.q.guideReason", locale), typed.reason()));
        return new GuidePricesPage(rows, withErrors(form, errors), errors, banner);
    }

    private List<Question> details(RateCardPages.ServiceForm f, List<EvidenceFile> evidence, Locale locale) {
        List<Question> questions = new ArrayList<>(List.of(
                Question.choice(
                        Kind.SELECT,
                        "speciality",
                        word("ratecard.q.speciality", locale),
                        one(f.speciality()),
                        terms(specialities.all(), locale)),
                Question.choice(Kind.RADIOS, "unit", word("ratecard.q.unit", locale), one(f.unit()), units(locale)),
                Question.of(Kind.TEXT, "titleEn", word("ratecard.q.titleEn", locale), f.titleEn()),
                Question.of(Kind.TEXT, "titleCy", word("ratecard.q.titleCy", locale), f.titleCy()),
                Question.of(
                        Kind.TEXTAREA, "descriptionEn", word("ratecard.q.descriptionEn", locale), f.descriptionEn()),
                Question.of(
                        Kind.TEXTAREA, "descriptionCy", word("ratecard.q.descriptionCy", locale), f.descriptionCy()),
                Question.choice(
                        Kind.CHECKBOXES,
                        "cohorts",
                        word("ratecard.q.cohorts", locale),
                        f.cohorts() == null ? List.of() : f.cohorts(),
                        terms(cohorts.all(), locale)),
                Question.choice(
                        Kind.RADIOS,
                        "capacityPeriod",
                        word("ratecard.q.capacityPeriod", locale),
                        one(f.capacityPeriod()),
                        Arrays.stream(CapacityPeriod.values())
                                .map(p -> new Option(p.name(), word("ratecard.period." + p, locale)))
                                .toList())));
        // An area row left blank is no area, so the list starts with nothing chosen rather than the first area.
        List<Option> areaOptions = new ArrayList<>(List.of(new Option("", word("ratecard.choose", locale))));
        areas.all().stream().map(a -> new Option(a.code(), a.name().in(locale))).forEach(areaOptions::add);
        List<String[]> areaRows = f.areaRows();
        for (int row = 0; row < AREA_ROWS; row++) {
            String[] typed = areaRows.get(row);
            Question area = Question.choice(
                    Kind.SELECT,
                    "area" + (row + 1),
                    word("ratecard.q.area", locale) + " " + (row + 1),
                    one(typed[0]),
                    areaOptions);
            // The first area answers for the whole list, so the error summary's link to "areas" lands on it.
            questions.add(row == 0 ? area.withId("areas").withHint(word("ratecard.q.area.hint", locale)) : area);
            questions.add(Question.of(
                    Kind.NUMBER,
                    "capacity" + (row + 1),
                    word("ratecard.q.capacity", locale) + " " + (row + 1),
                    typed[1]));
        }
        questions.addAll(List.of(
                Question.of(Kind.NUMBER, "minimumOrder", word("ratecard.q.minimumOrder", locale), f.minimumOrder()),
                Question.of(Kind.NUMBER, "leadTimeDays", word("ratecard.q.leadTimeDays", locale), f.leadTimeDays()),
                Question.choice(
                        Kind.RADIOS,
                        "welshDelivery",
                        word("ratecard.q.welshDelivery", locale),
                        one(f.welshDelivery()),
                        List.of(
                                new Option("yes", word("ratecard.yes", locale)),
                                new Option("no", word("ratecard.no", locale))))));
        if (!evidence.isEmpty()) {
            questions.add(Question.choice(
                    Kind.CHECKBOXES,
                    "evidence",
                    word("ratecard.q.evidence", locale),
                    f.evidence() == null ? List.of() : f.evidence(),
                    evidence.stream()
                            .map(e -> new Option(e.id().toString(), e.fileName()))
                            .toList()));
        }
        questions.add(Question.of(
                        Kind.TEXTAREA,
                        "aboveGuideReasonEn",
                        word("ratecard.q.aboveGuideReasonEn", locale),
                        f.aboveGuideReasonEn())
                .withHint(word("ratecard.q.aboveGuideReason.hint", locale)));
        questions.add(Question.of(
                Kind.TEXTAREA,
                "aboveGuideReasonCy",
                word("ratecard.q.aboveGuideReasonCy", locale),
                f.aboveGuideReasonCy()));
        return questions;
    }

    private List<Question> priceQuestions(RateCardPages.PriceForm p, Locale locale) {
        List<String> date = new ArrayList<>();
        for (String part : new String[] {p.effectiveFromDay(), p.effectiveFromMonth(), p.effectiveFromYear()}) {
            date.add(part == null ? "" : part);
        }
        return List.of(
                Question.of(Kind.MONEY, "unitPrice", word("ratecard.q.unitPrice", locale), p.unitPrice()),
                Question.choice(
                        Kind.RADIOS,
                        "vat",
                        word("ratecard.q.vat", locale),
                        one(p.vat()),
                        Arrays.stream(VatTreatment.values())
                                .map(v -> new Option(v.name(), word("ratecard.vat." + v, locale)))
                                .toList()),
                new Question(
                        Kind.DATE,
                        "effectiveFrom",
                        "effectiveFrom",
                        word("ratecard.q.effectiveFrom", locale),
                        word("ratecard.q.effectiveFrom.hint", locale),
                        date,
                        List.of(),
                        null));
    }

    private List<ServicePage.PriceRow> prices(RateCardService s, Locale locale) {
        Optional<Dated<Price>> inForce = s.priceOn(today());
        List<ServicePage.PriceRow> rows = new ArrayList<>();
        List<Dated<Price>> versions = s.prices().versions();
        for (int i = 0; i < versions.size(); i++) {
            Dated<Price> p = versions.get(i);
            rows.add(new ServicePage.PriceRow(
                    String.valueOf(i + 1),
                    money(p.value().unitPrice()),
                    word("ratecard.vat." + p.value().vat(), locale),
                    DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(p.effectiveFrom()),
                    inForce.filter(p::equals).isPresent()));
        }
        return rows;
    }

    private List<ServicePage.EvidenceLink> evidenceLinks(RateCardService s) {
        if (s.details().evidence().isEmpty()) {
            return List.of();
        }
        String eoi = rateCards.approvedEoiOf(s.providerId()).map(UUID::toString).orElse("");
        return rateCards.evidenceOnOffer(s.providerId()).stream()
                .filter(f -> s.details().evidence().contains(f.id()))
                .map(f -> new ServicePage.EvidenceLink(f.fileName(), "/eoi/evidence-files/" + eoi + "/" + f.id()))
                .toList();
    }

    private List<Option> units(Locale locale) {
        return Arrays.stream(Unit.values())
                .map(u -> new Option(u.name(), word("ratecard.unit." + u, locale)))
                .toList();
    }

    private static List<Option> terms(List<Term> terms, Locale locale) {
        return terms.stream()
                .map(t -> new Option(t.code(), t.label().in(locale)))
                .toList();
    }

    private static String term(List<Term> terms, String code, Locale locale) {
        return terms.stream()
                .filter(t -> t.code().equals(code))
                .map(Term::label)
                .map((Label l) -> l.in(locale))
                .findFirst()
                .orElse(code);
    }

    private String area(String code, Locale locale) {
        return areas.find(code).map(a -> a.name().in(locale)).orElse(code);
    }

    private static String title(ServiceDetails d, Locale locale) {
        return Messages.language(locale).equals("cy") ? d.titleCy() : d.titleEn();
    }

    /** Pounds as the UK writes them (£45.00). */
    private static String money(Money money) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(money.amount());
    }

    private static List<Question> withErrors(List<Question> questions, FormErrors errors) {
        return questions.stream()
                .map(q -> q.withError(errors.messageFor(q.id())))
                .toList();
    }

    private static List<String> one(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String word(String key, Locale locale) {
        return messages.text(key, locale);
    }
}
