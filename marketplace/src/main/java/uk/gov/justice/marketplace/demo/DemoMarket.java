package uk.gov.justice.marketplace.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;
import uk.gov.justice.marketplace.identity.CommissionerType;
import uk.gov.justice.marketplace.identity.Organisation;
import uk.gov.justice.marketplace.identity.OrganisationKind;
import uk.gov.justice.marketplace.identity.Provisioning;
import uk.gov.justice.marketplace.identity.Role;
import uk.gov.justice.marketplace.identity.Viewer;

/**
 * Loads the demo market (organisations in several regions, a user for every role) when started with --demo, and
 * prints the accounts with this run's password. Off by default; safe to run again.
 */
@Singleton
@Requires(property = "marketplace.demo.enabled", value = "true")
class DemoMarket {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMarket.class);
    private static final String FILE = "demo/demo-market.yml";

    private final Provisioning provisioning;
    private final DemoRegister register;

    DemoMarket(Provisioning provisioning, DemoRegister register) {
        this.provisioning = provisioning;
        this.register = register;
    }

    @EventListener
    @SuppressWarnings("unchecked")
    void onStartup(StartupEvent event) {
        String password = password();
        StringBuilder accounts = new StringBuilder();
        for (Map<String, Object> entry : (List<Map<String, Object>>) read().get("organisations")) {
            Organisation organisation = provisioning.organisation(
                    (String) entry.get("name"),
                    OrganisationKind.valueOf((String) entry.get("kind")),
                    entry.containsKey("commissionerType")
                            ? CommissionerType.valueOf((String) entry.get("commissionerType"))
                            : null);
            for (Map<String, Object> user : (List<Map<String, Object>>) entry.get("users")) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                ((List<String>) user.get("roles")).forEach(r -> roles.add(Role.valueOf(r)));
                provisioning.user(organisation, (String) user.get("email"), (String) user.get("name"), roles, password);
                accounts.append(String.format(
                        "%n  %-52s %-22s %s", user.get("email"), organisation.kind(), organisation.name()));
            }
        }
        approveDemoProviders();
        LOG.info("Demo market loaded. Every demo account's password for this run is: {}{}", password, accounts);
    }

    /** Providers with an "eoi" entry join the register through the real form and review, signed in as people. */
    @SuppressWarnings("unchecked")
    private void approveDemoProviders() {
        List<Map<String, Object>> organisations = (List<Map<String, Object>>) read().get("organisations");
        Viewer steward = provisioning.viewerOf(firstUser(organisations.get(0)));
        for (Map<String, Object> entry : organisations) {
            if (entry.containsKey("eoi")) {
                register.approve(
                        provisioning.viewerOf(firstUser(entry)), steward, (Map<String, Object>) entry.get("eoi"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String firstUser(Map<String, Object> organisation) {
        return (String)
                ((List<Map<String, Object>>) organisation.get("users")).get(0).get("email");
    }

    private static Map<String, Object> read() {
        try (InputStream in = DemoMarket.class.getClassLoader().getResourceAsStream(FILE)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Readable, 20 letters and digits: long enough for the password rule, easy to copy from a terminal. */
    private static String password() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("demo-");
        for (int i = 0; i < 15; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
