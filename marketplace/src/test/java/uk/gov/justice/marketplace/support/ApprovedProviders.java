package uk.gov.justice.marketplace.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Singleton;
import java.util.Map;

/** Puts providers on the register the way they get there: filled in, sent, and approved by a steward, over the API. */
@Singleton
public class ApprovedProviders {

    private final Accounts accounts;
    private final Portal portal;

    ApprovedProviders(Accounts accounts, Portal portal) {
        this.accounts = accounts;
        this.portal = portal;
    }

    /** A provider with these answers, approved; answers its admin's API client. */
    public ApiClient approve(Map<String, String> parts) {
        ApiClient provider = sent(parts);
        ApiClient steward = portal.api(accounts.tokenFor(accounts.steward()));
        String id = provider.get("/api/eoi").body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String version = provider.get("/api/eoi").body().replaceAll("(?s).*?\"version\":(\\d+).*", "$1");
        assertThat(steward.post(
                                "/api/eoi/" + id + "/decisions",
                                """
                {"version": %s, "outcome": "APPROVED", "reason": "Meets the criteria"}"""
                                        .formatted(version))
                        .status())
                .isEqualTo(200);
        return provider;
    }

    /** A provider with these answers, sent to the steward but not decided. */
    public ApiClient sent(Map<String, String> parts) {
        String name = parts.get("organisation").replaceAll("(?s).*\"legalName\": \"([^\"]+)\".*", "$1");
        ApiClient provider = portal.api(accounts.tokenFor(accounts.providerAdmin(name)));
        parts.forEach((part, json) -> assertThat(
                        provider.put("/api/eoi/parts/" + part, json).status())
                .as(part)
                .isEqualTo(200));
        assertThat(provider.post("/api/eoi/submission", "").status()).isEqualTo(200);
        return provider;
    }
}
