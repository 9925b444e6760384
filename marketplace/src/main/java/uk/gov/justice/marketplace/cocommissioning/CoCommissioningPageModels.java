package uk.gov.justice.marketplace.cocommissioning;

import jakarta.inject.Singleton;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.Share;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.common.web.Dates;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.identity.OrganisationDirectory;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Role;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.reference.Areas;

/** Builds the co-commissioning pages in the reader's language. */
@Singleton
class CoCommissioningPageModels {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CoCommissioning coCommissioning;
    private final OrganisationDirectory organisations;
    private final Areas areas;
    private final Texts texts;

    CoCommissioningPageModels(
            CoCommissioning coCommissioning, OrganisationDirectory organisations, Areas areas, Texts texts) {
        this.coCommissioning = coCommissioning;
        this.organisations = organisations;
        this.areas = areas;
        this.texts = texts;
    }

    AgreementsPage agreements(Viewer viewer, Locale locale) {
        return new AgreementsPage(
                coCommissioning.involving(viewer).stream()
                        .map(a -> new AgreementsPage.AgreementRow(
                                "/co-commissioning/" + a.id(), a.name(), standing(a, locale)))
                        .toList(),
                viewer.organisationKind() == OrganisationKind.COMMISSIONER);
    }

    AgreementFormPage form(String action, String name, AgreementForm typed, FormErrors errors, Locale locale) {
        return new AgreementFormPage(
                action,
                action.endsWith("/variation"),
                name,
                typed,
                typed.rows(),
                organisations.commissioners().entrySet().stream()
                        .map(e -> new Option(e.getKey().toString(), e.getValue()))
                        .toList(),
                areas.all().stream()
                        .map(a -> new Option(a.code(), a.name().in(locale)))
                        .toList(),
                options(Funding.values(), "cocommissioning.funding.", locale),
                options(RiskShare.Rule.values(), "cocommissioning.rule.", locale),
                errors);
    }

    /** The form filled from the latest version, to change what a variation changes. */
    static AgreementForm typedFrom(AgreementVersion version) {
        AgreementTerms terms = version.terms();
        FinancialYear year = terms.totals().firstKey();
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            if (row >= terms.funders().size()) {
                cells.addAll(Collections.nCopies(7, null));
                continue;
            }
            Funder funder = terms.funders().get(row);
            Contribution contribution = funder.in(year).orElse(null);
            Share split = terms.riskShare().split().get(funder.organisationId());
            Priority priority = terms.priorities().stream()
                    .filter(p -> p.funderId().equals(funder.organisationId()))
                    .findFirst()
                    .orElse(null);
            cells.add(funder.organisationId().toString());
            cells.add(contribution == null || contribution.amount() == null ? null : plain(contribution.amount()));
            cells.add(
                    contribution == null || contribution.share() == null
                            ? null
                            : contribution.share().percent().toPlainString());
            cells.add(funder.planName());
            cells.add(split == null ? null : split.percent().toPlainString());
            cells.add(priority == null ? null : priority.english());
            cells.add(priority == null ? null : priority.welsh());
        }
        return new AgreementForm(
                null,
                null,
                terms.hostId().toString(),
                terms.funding().name(),
                year.toString(),
                plain(terms.totals().get(year)),
                terms.areas().isEmpty() ? null : terms.areas().get(0),
                terms.riskShare().rule().name(),
                String.valueOf(terms.quorum()),
                terms.services().stream().map(UUID::toString).collect(Collectors.joining(", ")),
                cells.get(0),
                cells.get(1),
                cells.get(2),
                cells.get(3),
                cells.get(4),
                cells.get(5),
                cells.get(6),
                cells.get(7),
                cells.get(8),
                cells.get(9),
                cells.get(10),
                cells.get(11),
                cells.get(12),
                cells.get(13),
                cells.get(14),
                cells.get(15),
                cells.get(16),
                cells.get(17),
                cells.get(18),
                cells.get(19),
                cells.get(20),
                null);
    }

    AgreementPage agreement(Viewer viewer, Agreement agreement, boolean history, Locale locale) {
        Map<UUID, String> names = coCommissioning.namesIn(agreement);
        List<AgreementVersion> shown = history
                ? agreement.versions().stream()
                        .sorted(Comparator.comparing(AgreementVersion::number).reversed())
                        .toList()
                : agreement.versions().stream()
                        .filter(v -> v.status() != VersionStatus.SUPERSEDED)
                        .sorted(Comparator.comparing(AgreementVersion::number).reversed())
                        .toList();
        boolean mayVary = viewer.organisationKind() == OrganisationKind.COMMISSIONER
                && agreement.pending().isEmpty()
                && agreement.involves(viewer.organisationId());
        return new AgreementPage(
                agreement.id().toString(),
                agreement.name(),
                agreement
                        .inForce()
                        .map(v -> text("cocommissioning.inForce", locale, v.number(), day(v, locale)))
                        .orElse(null),
                shown.stream()
                        .map(v -> version(viewer, agreement, v, names, locale))
                        .toList(),
                mayVary,
                history);
    }

    private AgreementPage.VersionView version(
            Viewer viewer, Agreement agreement, AgreementVersion version, Map<UUID, String> names, Locale locale) {
        AgreementTerms terms = version.terms();
        List<Option> facts = new ArrayList<>();
        facts.add(new Option(names.getOrDefault(terms.hostId(), ""), text("cocommissioning.fact.host", locale)));
        facts.add(new Option(
                text("cocommissioning.funding." + terms.funding().name(), locale),
                text("cocommissioning.fact.funding", locale)));
        terms.totals()
                .forEach((year, total) -> facts.add(
                        new Option(money(total), text("cocommissioning.fact.total", locale, year.toString()))));
        facts.add(new Option(
                terms.areas().stream()
                        .map(code ->
                                areas.find(code).map(a -> a.name().in(locale)).orElse(code))
                        .collect(Collectors.joining(", ")),
                text("cocommissioning.fact.areas", locale)));
        facts.add(new Option(
                text("cocommissioning.rule." + terms.riskShare().rule().name(), locale),
                text("cocommissioning.fact.rule", locale)));
        facts.add(new Option(
                text(
                        "cocommissioning.quorumOf",
                        locale,
                        terms.quorum(),
                        terms.funders().size()),
                text("cocommissioning.fact.quorum", locale)));
        if (!terms.services().isEmpty()) {
            facts.add(new Option(
                    terms.services().stream().map(UUID::toString).collect(Collectors.joining(", ")),
                    text("cocommissioning.fact.services", locale)));
        }
        if (version.tookEffect()) {
            facts.add(new Option(day(version, locale), text("cocommissioning.fact.tookEffect", locale)));
        }
        List<AgreementPage.FunderRow> funders = terms.funders().stream()
                .map(f -> new AgreementPage.FunderRow(
                        names.getOrDefault(f.organisationId(), ""),
                        terms.contributionsOf(f.organisationId()).entrySet().stream()
                                .map(e -> e.getKey() + ": " + money(e.getValue()))
                                .collect(Collectors.joining("; ")),
                        terms.sharesOf(f.organisationId()).values().stream()
                                .map(s -> s.percent().stripTrailingZeros().toPlainString() + "%")
                                .collect(Collectors.joining("; ")),
                        f.planName() == null ? "" : f.planName(),
                        version.signatures().stream()
                                .filter(s -> s.funderId().equals(f.organisationId()))
                                .findFirst()
                                .map(s -> text(
                                        "cocommissioning.signedBy",
                                        locale,
                                        s.cause().actor(),
                                        Dates.day(s.cause().at(), locale)))
                                .orElse(text("cocommissioning.notSigned", locale))))
                .toList();
        boolean maySign = version.status() == VersionStatus.PROPOSED
                && terms.isFunder(viewer.organisationId())
                && !version.signedBy(viewer.organisationId())
                && (viewer.has(Role.AUTHORISED_SIGNATORY) || viewer.has(Role.ORGANISATION_ADMIN));
        return new AgreementPage.VersionView(
                version.number(),
                text("cocommissioning.status." + version.status().name(), locale),
                version.status() == VersionStatus.IN_FORCE,
                facts,
                funders,
                terms.priorities().stream()
                        .map(p -> names.getOrDefault(p.funderId(), "") + ": " + p.in(locale))
                        .toList(),
                version.proposed().reason(),
                text(
                        "cocommissioning.proposedBy",
                        locale,
                        version.proposed().actor(),
                        Dates.day(version.proposed().at(), locale)),
                maySign
                        ? "/co-commissioning/" + agreement.id() + "/versions/" + version.number() + "/signature"
                        : null);
    }

    private String standing(Agreement agreement, Locale locale) {
        if (agreement.pending().isPresent()) {
            return text(
                    "cocommissioning.standing.pending",
                    locale,
                    agreement.pending().get().number());
        }
        return agreement
                .inForce()
                .map(v -> text("cocommissioning.inForce", locale, v.number(), day(v, locale)))
                .orElse("");
    }

    private static String day(AgreementVersion version, Locale locale) {
        return Dates.day(version.tookEffectOn().atStartOfDay(UK).toInstant(), locale);
    }

    private <E extends Enum<E>> List<Option> options(E[] values, String prefix, Locale locale) {
        List<Option> options = new ArrayList<>();
        for (E value : values) {
            options.add(new Option(value.name(), text(prefix + value.name(), locale)));
        }
        return options;
    }

    /** The words of a key, its {0}, {1}... filled from the values in order. */
    private String text(String key, Locale locale, Object... values) {
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put(String.valueOf(i), values[i]);
        }
        return texts.text(key, locale, named);
    }

    private static String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(money.amount());
    }

    private static String plain(Money money) {
        return money.amount().stripTrailingZeros().toPlainString();
    }
}
