package uk.gov.justice.marketplace.eoi;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.Texts;
import uk.gov.justice.marketplace.notification.Email;

/** How a provider hears of the steward's decision: an email (English then Welsh) and a dashboard notice. */
final class DecisionNews {

    private DecisionNews() {}

    static String noticeKey(StewardDecision decision) {
        return "notice.eoi." + decision.outcome().name();
    }

    static Email email(Texts texts, String to, String organisation, StewardDecision decision) {
        String subject = "email.eoi." + decision.outcome().name() + ".subject";
        String body = "email.eoi." + decision.outcome().name() + ".body";
        return Email.to(
                to,
                texts.text(subject, Texts.ENGLISH, values(texts, organisation, decision, Texts.ENGLISH)) + " / "
                        + texts.text(subject, Texts.WELSH, values(texts, organisation, decision, Texts.WELSH)),
                texts.text(body, Texts.ENGLISH, values(texts, organisation, decision, Texts.ENGLISH))
                        + "\n\n---\n\n"
                        + texts.text(body, Texts.WELSH, values(texts, organisation, decision, Texts.WELSH)));
    }

    private static Map<String, Object> values(
            Texts texts, String organisation, StewardDecision decision, Locale locale) {
        String comments = decision.partComments().entrySet().stream()
                .map(c -> "- " + texts.text("eoi.part." + c.getKey().field(), locale, Map.of()) + ": " + c.getValue())
                .collect(Collectors.joining("\n"));
        return Map.of("organisation", organisation, "reason", decision.reason(), "comments", comments);
    }
}
