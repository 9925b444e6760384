package uk.gov.justice.marketplace.support;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.justice.marketplace.common.VatTreatment;
import uk.gov.justice.marketplace.identity.Viewer;
import uk.gov.justice.marketplace.ratecard.CapacityPeriod;
import uk.gov.justice.marketplace.ratecard.RateCardService;
import uk.gov.justice.marketplace.ratecard.RateCards;
import uk.gov.justice.marketplace.ratecard.ServedArea;
import uk.gov.justice.marketplace.ratecard.ServiceDetails;
import uk.gov.justice.marketplace.ratecard.Unit;

/**
 * Puts services on the rate card the way providers do: a provider approved on the register drafts one, prices it
 * from today and publishes it, through the rate card's own use cases.
 */
@Singleton
public class RateCardFixtures {

    private final Accounts accounts;
    private final ApprovedProviders providers;
    private final RateCards rateCards;
    private final Clock clock;

    RateCardFixtures(Accounts accounts, ApprovedProviders providers, RateCards rateCards, Clock clock) {
        this.accounts = accounts;
        this.providers = providers;
        this.rateCards = rateCards;
        this.clock = clock;
    }

    /** A mentoring provider on the register for young adults in West Yorkshire; answers its admin's API client. */
    public ApiClient mentoringProvider(String name) {
        return providers.approve(EoiAnswersJson.complete(name, "mentoring", "young-adults", "west-yorkshire"));
    }

    /** The provider as the service knows it. */
    public Viewer viewerOf(ApiClient provider) {
        return accounts.viewer(provider.me("email"));
    }

    /** A published mentoring service of the provider, sessions at that price from today, capacity in each area. */
    public RateCardService published(ApiClient provider, String unitPrice, CapacityPeriod period, ServedArea... areas) {
        Viewer viewer = viewerOf(provider);
        RateCardService draft = rateCards.draft(viewer, mentoring(period, areas));
        rateCards.setPrice(viewer, draft.id(), new BigDecimal(unitPrice), VatTreatment.EXEMPT, LocalDate.now(clock));
        return rateCards.publish(viewer, draft.id());
    }

    public static ServiceDetails mentoring(CapacityPeriod period, ServedArea... areas) {
        return new ServiceDetails(
                "mentoring",
                Unit.SESSION,
                "Mentoring for young adults leaving custody",
                "Mentora i oedolion ifanc sy'n gadael y ddalfa",
                "Weekly one-to-one sessions with a trained mentor with lived experience.",
                "Sesiynau wythnosol un-i-un gyda mentor hyfforddedig sydd â phrofiad bywyd.",
                List.of("young-adults"),
                List.of(areas),
                2,
                period,
                5,
                false,
                List.<UUID>of(),
                null,
                null);
    }
}
