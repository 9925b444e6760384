package uk.gov.justice.marketplace.order;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.identity.OrganisationDirectory;
import uk.gov.justice.marketplace.notification.Email;
import uk.gov.justice.marketplace.notification.EmailOutbox;
import uk.gov.justice.marketplace.notification.Notices;

/**
 * How the other side hears of a move on an order: a dashboard notice and an email (English then Welsh) to each of
 * its users, in the deciding transaction, so nothing is told of a move that did not commit.
 */
@Singleton
class OrderNews {

    private final Notices notices;
    private final EmailOutbox outbox;
    private final OrganisationDirectory directory;
    private final Texts texts;

    OrderNews(Notices notices, EmailOutbox outbox, OrganisationDirectory directory, Texts texts) {
        this.notices = notices;
        this.outbox = outbox;
        this.directory = directory;
        this.texts = texts;
    }

    /** Tells whoever should act next or hear of it; the placer's own organisation hears of a wait for approval. */
    void tell(Order order, OrderEvent event) {
        String what = event.getClass().getSimpleName();
        UUID to = order.needsApproval() || providerActed(event)
                ? order.commissionerId()
                : order.terms().providerId();
        if (event instanceof OrderEvent.OrderPlaced && order.needsApproval()) {
            what = "AwaitingApproval";
        }
        String key = "order.news." + what;
        String link = "/orders/" + order.id();
        notices.tell(to, key + ".notice", event.cause().reason(), link);
        directory.emailsOf(to).forEach(email -> outbox.queue(email(email, key, order, event)));
    }

    private static boolean providerActed(OrderEvent event) {
        return event instanceof OrderEvent.OrderAccepted
                || event instanceof OrderEvent.OrderDeclined
                || event instanceof OrderEvent.DeliveryRecorded
                || event instanceof OrderEvent.InvoiceRaised;
    }

    private Email email(String to, String key, Order order, OrderEvent event) {
        return Email.to(
                to,
                texts.text(key + ".subject", Texts.ENGLISH, values(order, event, Texts.ENGLISH)) + " / "
                        + texts.text(key + ".subject", Texts.WELSH, values(order, event, Texts.WELSH)),
                texts.text(key + ".body", Texts.ENGLISH, values(order, event, Texts.ENGLISH))
                        + "\n\n---\n\n"
                        + texts.text(key + ".body", Texts.WELSH, values(order, event, Texts.WELSH)));
    }

    private static Map<String, Object> values(Order order, OrderEvent event, Locale locale) {
        return Map.of(
                "service",
                        locale.equals(Texts.WELSH)
                                ? order.terms().titleCy()
                                : order.terms().titleEn(),
                "commissioner", order.commissionerName(),
                "provider", order.terms().providerName(),
                "units", event.units() == 0 ? order.units() : event.units(),
                "reason", event.cause().reason() == null ? "" : event.cause().reason());
    }
}
