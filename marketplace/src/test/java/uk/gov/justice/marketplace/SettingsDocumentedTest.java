package uk.gov.justice.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A newcomer reads the root README, an operator reads deploy/README.md: both list the settings, and they must be
 * the same list, or one of them sends somebody looking for a variable the other never mentions.
 */
class SettingsDocumentedTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Pattern VARIABLE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    /** Settings of the container, compose file or chart themselves, which a plain `java -jar` never reads. */
    private static final Set<String> ONLY_WHERE_DEPLOYED = Set.of(
            "JAVA_TOOL_OPTIONS", // JVM sizing inside a container's memory limit
            "MICRONAUT_SERVER_PORT", // the chart sets it from containerPort
            "MICRONAUT_CONFIG_FILES", // a mounted production configuration file
            "POSTGRES_DB",
            "POSTGRES_USER",
            "POSTGRES_PASSWORD"); // the compose file's own database

    @Test
    void the_readme_and_the_deploy_readme_list_the_same_settings() throws IOException {
        Set<String> readme = settingsIn(REPOSITORY.resolve("README.md"), "## Configuration");
        Set<String> deploy = settingsIn(REPOSITORY.resolve("deploy/README.md"), "## Environment variables");
        deploy.removeAll(ONLY_WHERE_DEPLOYED);

        assertThat(readme).as("settings in the README's configuration table").isNotEmpty();
        assertThat(without(readme, deploy))
                .as("in README.md but missing from deploy/README.md")
                .isEmpty();
        assertThat(without(deploy, readme))
                .as("in deploy/README.md but missing from README.md")
                .isEmpty();
    }

    /** The variables named in the first column of the first table after the heading. */
    private static Set<String> settingsIn(Path file, String heading) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf(heading);
        assertThat(start).as(heading + " in " + file).isNotNegative();
        Set<String> names = new TreeSet<>();
        boolean inTable = false;
        for (String line : text.substring(start).lines().skip(1).toList()) {
            if (line.startsWith("|")) {
                inTable = true;
                collect(line.split("\\|")[1], names);
            } else if (inTable) {
                break;
            }
        }
        return names;
    }

    private static void collect(String firstColumn, Set<String> names) {
        Matcher variables = VARIABLE.matcher(firstColumn);
        while (variables.find()) {
            names.add(variables.group());
        }
    }

    private static Set<String> without(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }
}
