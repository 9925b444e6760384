package uk.gov.justice.marketplace.cocommissioning;

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
 * How funders hear that a version waits for their signature or has taken effect: a dashboard notice and an email
 * (English then Welsh) to each of the organisation's users, in the deciding transaction, so nobody is asked to sign
 * a version that was never saved.
 */
@Singleton
class CoCommissioningNews {

    private final Notices notices;
    private final EmailOutbox outbox;
    private final OrganisationDirectory directory;
    private final Texts texts;

    CoCommissioningNews(Notices notices, EmailOutbox outbox, OrganisationDirectory directory, Texts texts) {
        this.notices = notices;
        this.outbox = outbox;
        this.directory = directory;
        this.texts = texts;
    }

    void toSign(UUID funder, Agreement agreement, int version) {
        tell(funder, "cocommissioning.notice.toSign", "cocommissioning.news.toSign", agreement, version);
    }

    void inForce(UUID funder, Agreement agreement, int version) {
        tell(funder, "cocommissioning.news.inForce.notice", "cocommissioning.news.inForce", agreement, version);
    }

    private void tell(UUID funder, String noticeKey, String emailKey, Agreement agreement, int version) {
        notices.tell(funder, noticeKey, agreement.name(), "/co-commissioning/" + agreement.id());
        directory
                .emailsOf(funder)
                .forEach(to -> outbox.queue(Email.to(
                        to,
                        text(emailKey + ".subject", Texts.ENGLISH, agreement, version) + " / "
                                + text(emailKey + ".subject", Texts.WELSH, agreement, version),
                        text(emailKey + ".body", Texts.ENGLISH, agreement, version)
                                + "\n\n---\n\n"
                                + text(emailKey + ".body", Texts.WELSH, agreement, version))));
    }

    private String text(String key, Locale locale, Agreement agreement, int version) {
        return texts.text(
                key,
                locale,
                Map.of(
                        "agreement",
                        agreement.name(),
                        "version",
                        version,
                        "link",
                        "/co-commissioning/" + agreement.id()));
    }
}
