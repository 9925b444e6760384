package uk.gov.justice.marketplace.supplychain;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.gov.justice.marketplace.common.Money;
import uk.gov.justice.marketplace.common.web.Dates;
import uk.gov.justice.marketplace.common.web.FormErrors;
import uk.gov.justice.marketplace.common.web.Messages;
import uk.gov.justice.marketplace.common.web.Option;
import uk.gov.justice.marketplace.common.web.Question;
import uk.gov.justice.marketplace.common.web.Question.Kind;
import uk.gov.justice.marketplace.reference.Areas;
import uk.gov.justice.marketplace.reference.Cohorts;
import uk.gov.justice.marketplace.reference.Specialities;
import uk.gov.justice.marketplace.reference.Vocabulary;
import uk.gov.justice.marketplace.supplychain.ChainPage.ContractRow;
import uk.gov.justice.marketplace.supplychain.ChainPage.HistoryRow;
import uk.gov.justice.marketplace.supplychain.ChainPage.PartnerRow;
import uk.gov.justice.marketplace.supplychain.ChainsPage.ChainRow;
import uk.gov.justice.marketplace.supplychain.ChainsPage.InvitationRow;

/** Builds the supply-chain pages from the chains, in the reader's language. */
@Singleton
class ChainPageModels {

    private final Areas areas;
    private final Specialities specialities;
    private final Cohorts cohorts;
    private final Messages messages;
    private final Clock clock;

    ChainPageModels(Areas areas, Specialities specialities, Cohorts cohorts, Messages messages, Clock clock) {
        this.areas = areas;
        this.specialities = specialities;
        this.cohorts = cohorts;
        this.messages = messages;
        this.clock = clock;
    }

    ChainRow row(SupplyChainView view, Locale locale) {
        SupplyChain c = view.chain();
        ChainFigures f = view.figures();
        return new ChainRow(
                c.name(),
                "/supply-chains/" + c.id(),
                c.leadName(),
                area(c.area(), locale),
                word("chain.purpose." + c.purpose(), locale),
                f.partners(),
                percent(f.vcseSharePercent()),
                percent(f.weightedRiskTransferPercent()),
                f.longestPaymentTermsDays() + " " + word("chain.days", locale),
                flags(f, locale));
    }

    InvitationRow invitation(SupplyChainView view, Locale locale) {
        SupplyChain c = view.chain();
        PartnerLink link = c.links().get(c.links().size() - 1);
        LinkStatus status = link.statusAt(clock.instant());
        return new InvitationRow(
                c.id().toString(),
                c.name(),
                c.leadName(),
                area(c.area(), locale),
                word("chain.status." + status, locale),
                link.message(),
                Dates.day(link.expiresAt(), locale),
                status == LinkStatus.INVITED,
                "/supply-chains/" + c.id());
    }

    ChainPage chain(
            SupplyChainView view,
            boolean canChange,
            List<Option> invitable,
            String message,
            List<ContractRow> contracts,
            FormErrors errors,
            Locale locale) {
        SupplyChain c = view.chain();
        ChainFigures f = view.figures();
        Instant now = clock.instant();
        List<Option> figures = List.of(
                new Option(word("chain.figure.partners", locale), String.valueOf(f.partners())),
                new Option(word("chain.figure.partnerValue", locale), money(f.partnerValue())),
                new Option(word("chain.figure.vcseShare", locale), percent(f.vcseSharePercent())),
                new Option(word("chain.figure.riskTransfer", locale), percent(f.weightedRiskTransferPercent())),
                new Option(
                        word("chain.figure.paymentTerms", locale),
                        f.weightedPaymentTermsDays() == null
                                ? "–"
                                : f.weightedPaymentTermsDays().toPlainString() + " " + word("chain.days", locale)),
                new Option(
                        word("chain.figure.longestPaymentTerms", locale),
                        f.longestPaymentTermsDays() + " " + word("chain.days", locale)));
        List<PartnerRow> partners =
                c.links().stream().map(l -> partner(c, l, now, locale)).toList();
        List<HistoryRow> history = c.history().stream()
                .map(e -> new HistoryRow(
                        Dates.dayAndTime(e.cause().at(), locale),
                        word("chain.event." + e.action(), locale),
                        e.partnerName() == null ? "" : e.partnerName(),
                        e.cause().actor(),
                        e.detail() == null ? "" : e.detail()))
                .toList();
        return new ChainPage(
                c.id().toString(),
                c.name(),
                c.leadName(),
                area(c.area(), locale),
                word("chain.purpose." + c.purpose(), locale),
                money(c.contractValue()),
                figures,
                flags(f, locale),
                partners,
                history,
                canChange,
                invitable,
                message == null ? "" : message,
                contracts,
                errors);
    }

    ContractRow contract(ContractDocument document, SupplyChain chain, boolean canSign, Locale locale) {
        String title = document.isLeadContract()
                ? word("contract.kind.LEAD_CONTRACT", locale)
                : word("contract.kind.PARTNER_AGREEMENT", locale) + ": "
                        + chain.link(document.partnerId()).partnerName();
        int needed = document.parties().size() + (document.isLeadContract() ? 1 : 0);
        String status = document.sealedAt() != null
                ? word("contract.sealed", locale)
                : word("contract.signedBy", locale) + " "
                        + document.signatures().size() + "/" + needed;
        return new ContractRow(
                document.id().toString(),
                document.reference(),
                title,
                status,
                "/supply-chains/" + chain.id() + "/contracts/" + document.id(),
                canSign,
                document.sha256());
    }

    List<Question> newChain(ChainForms.NewChainForm form, FormErrors errors, Locale locale) {
        List<Option> purposes = Arrays.stream(SupplyChain.Purpose.values())
                .map(p -> new Option(p.name(), word("chain.purpose." + p, locale)))
                .toList();
        return withErrors(
                List.of(
                        Question.of(Kind.TEXT, "name", word("chain.q.name", locale), form.name())
                                .withHint(word("chain.q.name.hint", locale)),
                        Question.choice(
                                Kind.SELECT,
                                "area",
                                word("chain.q.area", locale),
                                one(form.area()),
                                areaOptions(locale)),
                        Question.choice(
                                Kind.RADIOS, "purpose", word("chain.q.purpose", locale), one(form.purpose()), purposes),
                        Question.of(
                                        Kind.MONEY,
                                        "contractValue",
                                        word("chain.q.contractValue", locale),
                                        form.contractValue())
                                .withHint(word("chain.q.contractValue.hint", locale))),
                errors);
    }

    List<Question> terms(ChainForms.TermsForm form, FormErrors errors, Locale locale) {
        return withErrors(
                List.of(
                        Question.choice(
                                Kind.CHECKBOXES,
                                "specialities",
                                word("chain.q.services", locale),
                                form.specialities(),
                                options(specialities, locale)),
                        Question.choice(
                                Kind.CHECKBOXES,
                                "cohorts",
                                word("chain.q.cohorts", locale),
                                form.cohorts(),
                                options(cohorts, locale)),
                        Question.choice(
                                Kind.SELECT,
                                "area",
                                word("chain.q.partnerArea", locale),
                                one(form.area()),
                                areaOptions(locale)),
                        Question.of(
                                Kind.NUMBER, "annualVolume", word("chain.q.annualVolume", locale), form.annualVolume()),
                        Question.of(Kind.MONEY, "annualValue", word("chain.q.annualValue", locale), form.annualValue()),
                        Question.of(
                                        Kind.NUMBER,
                                        "paymentTermsDays",
                                        word("chain.q.paymentTermsDays", locale),
                                        form.paymentTermsDays())
                                .withHint(word("chain.q.paymentTermsDays.hint", locale)),
                        Question.of(
                                        Kind.PERCENT,
                                        "riskTransferPercent",
                                        word("chain.q.riskTransfer", locale),
                                        form.riskTransferPercent())
                                .withHint(word("chain.q.riskTransfer.hint", locale)),
                        date(
                                "start",
                                word("chain.q.start", locale),
                                form.startDay(),
                                form.startMonth(),
                                form.startYear()),
                        date("end", word("chain.q.end", locale), form.endDay(), form.endMonth(), form.endYear())),
                errors);
    }

    List<Question> limits(StewardshipPages.LimitsForm limits, FormErrors errors, Locale locale) {
        return withErrors(
                List.of(
                        Question.of(
                                Kind.PERCENT,
                                "maxRiskTransferPercent",
                                word("stewardship.q.maxRisk", locale),
                                limits.maxRiskTransferPercent()),
                        Question.of(
                                Kind.NUMBER,
                                "maxPaymentTermsDays",
                                word("stewardship.q.maxDays", locale),
                                limits.maxPaymentTermsDays()),
                        Question.of(
                                Kind.PERCENT,
                                "minVcseSharePercent",
                                word("stewardship.q.minShare", locale),
                                limits.minVcseSharePercent())),
                errors);
    }

    List<Option> areaOptions(Locale locale) {
        return areas.all().stream()
                .map(a -> new Option(a.code(), a.name().in(locale)))
                .toList();
    }

    private PartnerRow partner(SupplyChain chain, PartnerLink link, Instant now, Locale locale) {
        PartnerTerms t = link.terms();
        LinkStatus status = link.statusAt(now);
        return new PartnerRow(
                link.partnerId().toString(),
                link.partnerName(),
                word("chain.status." + status, locale),
                t == null ? "" : money(t.annualValue()),
                t == null ? "" : t.paymentTermsDays() + " " + word("chain.days", locale),
                t == null ? "" : t.riskTransferPercent().toPlainString() + "%",
                link.termsVersion(),
                status.isActive(),
                "/supply-chains/" + chain.id() + "/partners/" + link.partnerId() + "/terms");
    }

    private List<String> flags(ChainFigures figures, Locale locale) {
        return figures.flags().stream()
                .map(flag -> (flag.partnerName() == null ? "" : flag.partnerName() + ": ")
                        + word("chain.flag." + flag.rule(), locale) + " ("
                        + flag.actual().toPlainString() + " / "
                        + flag.limit().toPlainString() + ")")
                .toList();
    }

    private static List<Question> withErrors(List<Question> questions, FormErrors errors) {
        return questions.stream()
                .map(q -> q.withError(errors.messageFor(q.id())))
                .toList();
    }

    private static Question date(String name, String label, String day, String month, String year) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {day, month, year}) {
            parts.add(part == null ? "" : part);
        }
        return new Question(Kind.DATE, name, name, label, null, parts, List.of(), null);
    }

    private static List<Option> options(Vocabulary vocabulary, Locale locale) {
        return vocabulary.all().stream()
                .map(t -> new Option(t.code(), t.label().in(locale)))
                .toList();
    }

    private static List<String> one(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private String area(String code, Locale locale) {
        return areas.find(code).map(a -> a.name().in(locale)).orElse(code);
    }

    private static String percent(BigDecimal value) {
        return value == null ? "–" : value.toPlainString() + "%";
    }

    /** Pounds as the UK writes them (£1,250,000.00); any other currency by its code. */
    static String money(Money money) {
        if (!Money.GBP.equals(money.currency())) {
            return money.amount().toPlainString() + " " + money.currency();
        }
        return NumberFormat.getCurrencyInstance(Locale.UK).format(money.amount());
    }

    private String word(String key, Locale locale) {
        return messages.text(key, locale);
    }
}
