package uk.gov.justice.marketplace.supplychain;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.contracts.ContractTerms;
import uk.gov.justice.marketplace.contracts.Party;
import uk.gov.justice.marketplace.contracts.ServiceLine;
import uk.gov.justice.marketplace.eoi.OrganisationFacts;
import uk.gov.justice.marketplace.eoi.PublishedEois;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.Vocabulary;

/** Turns a chain, as it is now, into the contracts module's terms records, in English or Welsh. */
@Singleton
class ContractTermsFactory {

    static final Party MINISTRY = new Party(
            "The Secretary of State for Justice",
            "commissioner, acting through HM Prison and Probation Service",
            "",
            "102 Petty France, London SW1H 9AJ");

    private final PublishedEois register;
    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final Stewardship stewardship;
    private final Texts texts;
    private final Clock clock;

    ContractTermsFactory(
            PublishedEois register,
            Areas areas,
            Specialities specialities,
            Cohorts cohorts,
            Stewardship stewardship,
            Texts texts,
            Clock clock) {
        this.register = register;
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.stewardship = stewardship;
        this.texts = texts;
        this.clock = clock;
    }

    ContractTerms leadContract(
            SupplyChain chain,
            List<PartnerLink> partners,
            String reference,
            ContractTerms.Language language,
            String statement) {
        Locale locale = locale(language);
        return new ContractTerms(
                reference,
                ContractTerms.DocumentKind.LEAD_CONTRACT,
                language,
                MINISTRY,
                new Party(chain.leadName(), "lead provider", "", ""),
                chain.name(),
                area(chain.area(), locale),
                partners.stream().map(p -> line(p, locale)).toList(),
                chain.contractValue().amount(),
                chain.contractValue().currency(),
                start(partners),
                end(partners),
                statement);
    }

    ContractTerms partnerAgreement(
            SupplyChain chain,
            PartnerLink partner,
            String reference,
            ContractTerms.Language language,
            String statement) {
        Locale locale = locale(language);
        return new ContractTerms(
                reference,
                ContractTerms.DocumentKind.PARTNER_AGREEMENT,
                language,
                new Party(chain.leadName(), "lead provider", "", ""),
                partnerParty(partner),
                chain.name(),
                area(chain.area(), locale),
                List.of(line(partner, locale)),
                chain.contractValue().amount(),
                chain.contractValue().currency(),
                partner.terms().start(),
                partner.terms().end(),
                statement);
    }

    private Party partnerParty(PartnerLink partner) {
        return register.ofOrganisation(partner.partnerId())
                .map(p -> {
                    OrganisationFacts facts = p.version().answers().organisation();
                    return new Party(
                            facts.legalName(), "supply-chain partner", facts.registrationNumber(), facts.address());
                })
                .orElse(new Party(partner.partnerName(), "supply-chain partner", "", ""));
    }

    private ServiceLine line(PartnerLink partner, Locale locale) {
        PartnerTerms t = partner.terms();
        return new ServiceLine(
                partner.partnerName(),
                labels(specialities, t.specialities(), locale),
                labels(cohorts, t.cohorts(), locale),
                t.areas().stream().map(a -> area(a, locale)).collect(Collectors.joining(", ")),
                t.annualVolume(),
                t.annualValue().amount(),
                t.paymentTermsDays(),
                t.riskTransferPercent());
    }

    /** The stewardship principles made concrete: the steward's limits and this chain's figures against them. */
    String statement(SupplyChain chain, ContractTerms.Language language) {
        Locale locale = locale(language);
        StewardshipLimits limits = stewardship.limits();
        ChainFigures figures = ChainFigures.of(chain, limits, clock.instant());
        return texts.text(
                "contract.stewardship",
                locale,
                Map.of(
                        "maxRisk", limits.maxRiskTransferPercent().toPlainString(),
                        "maxDays", String.valueOf(limits.maxPaymentTermsDays()),
                        "share",
                                figures.vcseSharePercent() == null
                                        ? "–"
                                        : figures.vcseSharePercent().toPlainString(),
                        "risk",
                                figures.weightedRiskTransferPercent() == null
                                        ? "–"
                                        : figures.weightedRiskTransferPercent().toPlainString(),
                        "flags", String.valueOf(figures.flags().size())));
    }

    private static LocalDate start(List<PartnerLink> partners) {
        return partners.stream()
                .map(p -> p.terms().start())
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    private static LocalDate end(List<PartnerLink> partners) {
        return partners.stream()
                .map(p -> p.terms().end())
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    private String area(String code, Locale locale) {
        return areas.find(code).map(a -> a.name().in(locale)).orElse(code);
    }

    private static String labels(Vocabulary vocabulary, List<String> codes, Locale locale) {
        return codes.stream()
                .map(c -> vocabulary.find(c).map(t -> t.label().in(locale)).orElse(c))
                .collect(Collectors.joining(", "));
    }

    private static Locale locale(ContractTerms.Language language) {
        return language == ContractTerms.Language.WELSH ? Texts.WELSH : Texts.ENGLISH;
    }
}
