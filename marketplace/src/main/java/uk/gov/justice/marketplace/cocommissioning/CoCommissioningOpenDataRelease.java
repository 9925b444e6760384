package uk.gov.justice.marketplace.cocommissioning;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;
import uk.gov.justice.marketplace.common.Money;

/**
 * A co-commissioned agreement and the orders charged to its budgets as an OCDS 1.1 release: the host as buyer, every
 * funder a party with the {@code funder} and {@code sourceParty} roles, providers as suppliers, the agreement's
 * contributions as {@code planning.budget} with a {@code budgetBreakdown} entry per funder and financial year (the
 * Budget Breakdown extension), and each order an award. Parties carry their org-id.guide identifier where the
 * register knows one. Absent fields are left out, as the standard asks.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record CoCommissioningOpenDataRelease(
        String ocid,
        String id,
        String date,
        List<String> tag,
        String initiationType,
        String language,
        List<Party> parties,
        PartyReference buyer,
        Planning planning,
        @Nullable List<Award> awards) {

    /** An organisation in the market, as the agreement's open data names it. */
    record Organisation(UUID id, String name, @Nullable Identifier identifier) {}

    /** One funder's contribution for a financial year. */
    record Contribution(UUID funderId, FinancialYear year, Money amount) {}

    /** One order charged to the agreement's budgets. */
    record Order(UUID id, UUID providerId, String title, String status, Instant placedAt, Money value) {}

    /** What the release is made from: the agreement's version in force and the orders placed against it. */
    record Source(
            UUID agreementId,
            int version,
            String title,
            Instant inForceFrom,
            Organisation host,
            List<Organisation> funders,
            List<Contribution> contributions,
            List<Organisation> suppliers,
            List<Order> orders) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Identifier(String scheme, String id, @Nullable String legalName) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Party(
            String id, String name, @Nullable @Schema(type = "object") Identifier identifier, List<String> roles) {}

    @Serdeable
    record PartyReference(String id, String name) {}

    @Serdeable
    record Value(BigDecimal amount, String currency) {

        static Value of(Money money) {
            return new Value(money.amount(), money.currency());
        }
    }

    @Serdeable
    record Period(String startDate, String endDate) {}

    @Serdeable
    record BudgetBreakdown(String id, String description, Value amount, Period period, PartyReference sourceParty) {}

    @Serdeable
    record Budget(String id, String description, Value amount, List<BudgetBreakdown> budgetBreakdown) {}

    @Serdeable
    record Planning(Budget budget) {}

    @Serdeable
    record Award(String id, String title, String status, String date, Value value, List<PartyReference> suppliers) {}

    static CoCommissioningOpenDataRelease of(String ocidPrefix, Source source) {
        Map<UUID, Party> parties = new LinkedHashMap<>();
        party(parties, source.host(), "buyer");
        source.funders().forEach(funder -> {
            party(parties, funder, "funder");
            party(parties, funder, "sourceParty");
        });
        source.suppliers().forEach(supplier -> party(parties, supplier, "supplier"));
        List<BudgetBreakdown> breakdown = source.contributions().stream()
                .map(c -> new BudgetBreakdown(
                        partyId(c.funderId(), parties) + "-" + c.year(),
                        "Contribution for " + c.year(),
                        Value.of(c.amount()),
                        new Period(startOf(c.year().start()), endOf(c.year().end())),
                        reference(parties.get(c.funderId()))))
                .toList();
        Money total = Money.sum(
                source.contributions().stream().map(Contribution::amount).toList(), Money.GBP);
        List<Award> awards = source.orders().stream()
                .map(order -> new Award(
                        order.id().toString(),
                        order.title(),
                        awardStatus(order.status()),
                        order.placedAt().toString(),
                        Value.of(order.value()),
                        List.of(reference(parties.get(order.providerId())))))
                .toList();
        return new CoCommissioningOpenDataRelease(
                ocidPrefix + "-" + source.agreementId(),
                source.agreementId() + "-" + source.version(),
                source.inForceFrom().toString(),
                awards.isEmpty() ? List.of("planning") : List.of("planning", "award"),
                "tender",
                "en",
                new ArrayList<>(parties.values()),
                reference(parties.get(source.host().id())),
                new Planning(new Budget(source.agreementId().toString(), source.title(), Value.of(total), breakdown)),
                awards.isEmpty() ? null : awards);
    }

    /**
     * The org-id.guide identifier of a provider on the register: charities by their Charity Commission number,
     * companies (community interest companies and companies limited by guarantee among them) by their Companies
     * House number, eight characters with its prefix upper case, mutuals by the Mutuals Public Register.
     */
    static @Nullable Identifier identifierOf(String legalForm, @Nullable String number, String legalName) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String trimmed = number.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        return switch (legalForm) {
            case "CHARITY", "CIO" -> new Identifier("GB-CHC", trimmed, legalName);
            case "MUTUAL" -> new Identifier("GB-MPR", trimmed, legalName);
            case "CIC", "COMPANY_LIMITED_BY_GUARANTEE", "SMALL_COMPANY", "SOCIAL_ENTERPRISE" ->
                companiesHouse(trimmed, legalName);
            default -> null;
        };
    }

    private static @Nullable Identifier companiesHouse(String number, String legalName) {
        if (!number.matches("[A-Z]{0,2}\\d{1,8}") || number.length() > 8) {
            return null;
        }
        String prefix = number.replaceAll("\\d", "");
        String digits = number.substring(prefix.length());
        return new Identifier("GB-COH", prefix + "0".repeat(8 - prefix.length() - digits.length()) + digits, legalName);
    }

    private static void party(Map<UUID, Party> parties, Organisation organisation, String role) {
        Party known = parties.get(organisation.id());
        if (known == null) {
            Identifier identifier = organisation.identifier();
            String id = identifier == null ? organisation.id().toString() : identifier.scheme() + "-" + identifier.id();
            parties.put(organisation.id(), new Party(id, organisation.name(), identifier, List.of(role)));
        } else if (!known.roles().contains(role)) {
            List<String> roles = new ArrayList<>(known.roles());
            roles.add(role);
            parties.put(organisation.id(), new Party(known.id(), known.name(), known.identifier(), List.copyOf(roles)));
        }
    }

    private static String partyId(UUID organisation, Map<UUID, Party> parties) {
        return parties.get(organisation).id();
    }

    private static PartyReference reference(Party party) {
        return new PartyReference(party.id(), party.name());
    }

    private static String awardStatus(String orderStatus) {
        return switch (orderStatus) {
            case "CANCELLED", "DECLINED" -> "cancelled";
            case "ACCEPTED", "IN_DELIVERY" -> "active";
            default -> "pending";
        };
    }

    private static String startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    private static String endOf(LocalDate day) {
        return day.plusDays(1)
                .atStartOfDay()
                .minusSeconds(1)
                .toInstant(ZoneOffset.UTC)
                .toString();
    }
}
