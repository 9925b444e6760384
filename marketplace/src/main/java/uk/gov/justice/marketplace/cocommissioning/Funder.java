package uk.gov.justice.marketplace.cocommissioning;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.marketplace.common.FinancialYear;

/**
 * A commissioner organisation funding one version of an agreement, with what it commits each financial year.
 *
 * @param planName the funder's plan its priorities come from (its Police and Crime Plan, say), if named
 */
public record Funder(UUID organisationId, @Nullable String planName, List<Contribution> contributions) {

    public Funder {
        contributions = List.copyOf(contributions);
    }

    public Optional<Contribution> in(FinancialYear year) {
        return contributions.stream().filter(c -> c.year().equals(year)).findFirst();
    }
}
