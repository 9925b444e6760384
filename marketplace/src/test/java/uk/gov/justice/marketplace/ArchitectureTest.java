package uk.gov.justice.marketplace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape STYLE.md asks for, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses MARKETPLACE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.gov.justice.marketplace");

    private static final Path MAIN_CODE = Path.of("src/main/java/uk/gov/justice/marketplace");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    /** Java string literals and text blocks: the SQL a class sends, not the prose in its comments. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    private static final Pattern TABLE_IN_SQL =
            Pattern.compile("\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    @Test
    void features_do_not_depend_on_each_other_in_a_circle() {
        slices().matching("uk.gov.justice.marketplace.(*)..")
                .should()
                .beFreeOfCycles()
                .check(MARKETPLACE);
    }

    @Test
    void a_features_tables_are_reached_only_through_its_services() {
        classes()
                .that()
                .areAnnotatedWith(JdbcRepository.class)
                .should()
                .notBePublic()
                .check(MARKETPLACE);
    }

    @Test
    void controllers_parse_and_answer_but_never_touch_repositories() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(JdbcRepository.class)
                .check(MARKETPLACE);
    }

    @Test
    void stored_domain_records_know_nothing_of_http() {
        noClasses()
                .that()
                .areAnnotatedWith(MappedEntity.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.micronaut.http..")
                .check(MARKETPLACE);
    }

    @Test
    void use_case_services_know_nothing_of_http() {
        noClasses()
                .that(useCaseServices())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.micronaut.http..")
                .check(MARKETPLACE);
    }

    @Test
    void domain_code_takes_the_time_from_the_injected_clock() {
        noClasses()
                .that()
                .resideOutsideOfPackage("uk.gov.justice.marketplace.runtime..")
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .check(MARKETPLACE);
    }

    @Test
    void every_table_a_migration_creates_has_one_owning_feature() {
        Set<String> created = new TreeSet<>();
        for (String sql : filesUnder(MIGRATIONS, ".sql").values()) {
            Matcher table = CREATE_TABLE.matcher(sql);
            while (table.find()) {
                created.add(table.group(1).toLowerCase());
            }
        }
        assertThat(created)
                .as("tables created by a migration but missing from table-owners.txt")
                .isSubsetOf(tableOwners().keySet());
    }

    @Test
    void no_feature_names_another_features_tables_in_its_sql() {
        Map<String, String> owners = tableOwners();
        List<String> trespasses = new ArrayList<>();
        filesUnder(MAIN_CODE, ".java").forEach((file, source) -> {
            String feature = MAIN_CODE.relativize(file).getName(0).toString();
            Matcher literal = STRING_LITERAL.matcher(source);
            while (literal.find()) {
                Matcher named = TABLE_IN_SQL.matcher(literal.group());
                while (named.find()) {
                    String table = named.group(1).toLowerCase();
                    String owner = owners.get(table);
                    if (owner != null && !owner.equals(feature)) {
                        trespasses.add(MAIN_CODE.relativize(file) + " names " + table + ", which " + owner + " owns");
                    }
                }
            }
        });
        assertThat(trespasses)
                .as("SQL reaching into another feature's tables (ask the owner's public service)")
                .isEmpty();
    }

    @Test
    void settings_come_from_configuration_properties_records_never_from_value() {
        classes()
                .should(new ArchCondition<JavaClass>("read no setting through @Value") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean onField = type.getFields().stream().anyMatch(f -> f.isAnnotatedWith(Value.class));
                        boolean onParameter = type.getCodeUnits().stream()
                                .flatMap(c -> c.getParameters().stream())
                                .anyMatch(p -> p.isAnnotatedWith(Value.class));
                        if (onField || onParameter) {
                            events.add(
                                    SimpleConditionEvent.violated(
                                            type,
                                            type.getName()
                                                    + " reads a setting with @Value: give it a @ConfigurationProperties record"));
                        }
                    }
                })
                .check(MARKETPLACE);
    }

    @Test
    void api_bodies_are_their_own_records_never_what_a_feature_stores() {
        Set<JavaClass> stored = storedTypes();
        classes()
                .that()
                .haveSimpleNameEndingWith("Api")
                .and()
                .areAnnotatedWith(Controller.class)
                .should(new ArchCondition<JavaClass>("take and answer bodies that are not what a feature stores") {
                    @Override
                    public void check(JavaClass api, ConditionEvents events) {
                        for (JavaMethod method : api.getMethods()) {
                            Stream<JavaClass> bodies = Stream.concat(
                                    method.getReturnType().getAllInvolvedRawTypes().stream(),
                                    method.getParameters().stream()
                                            .filter(p -> p.isAnnotatedWith(Body.class))
                                            .flatMap(p -> p.getType().getAllInvolvedRawTypes().stream()));
                            bodies.filter(stored::contains)
                                    .distinct()
                                    .forEach(b -> events.add(SimpleConditionEvent.violated(
                                            api,
                                            api.getName() + "." + method.getName()
                                                    + " answers or takes " + b.getName()
                                                    + ", which is stored: give the API its own record")));
                        }
                    }
                })
                .check(MARKETPLACE);
    }

    /** Entities Micronaut Data maps, and the feature's own records a *Store writes or reads. */
    private static Set<JavaClass> storedTypes() {
        Stream<JavaClass> entities = MARKETPLACE.stream().filter(c -> c.isAnnotatedWith(MappedEntity.class));
        Stream<JavaClass> storeSignatures = MARKETPLACE.stream()
                .filter(c -> c.getSimpleName().endsWith("Store"))
                .flatMap(store -> store.getMethods().stream())
                .flatMap(m -> Stream.concat(
                        m.getReturnType().getAllInvolvedRawTypes().stream(),
                        m.getParameters().stream().flatMap(p -> p.getType().getAllInvolvedRawTypes().stream())))
                .filter(c -> c.getPackageName().startsWith("uk.gov.justice.marketplace") && c.isRecord());
        return Stream.concat(entities, storeSignatures).collect(Collectors.toSet());
    }

    private static Map<String, String> tableOwners() {
        try (var in = ArchitectureTest.class.getResourceAsStream("/table-owners.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s*=\\s*"))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Path, String> filesUnder(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).collect(Collectors.toMap(f -> f, f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes the controllers call: named for the use case, holding the rules and the transactions. */
    private static DescribedPredicate<JavaClass> useCaseServices() {
        return DescribedPredicate.describe(
                "use-case services",
                c -> c.isAnnotatedWith(jakarta.inject.Singleton.class)
                        && c.getMethods().stream()
                                .anyMatch(m -> m.isAnnotatedWith(
                                                io.micronaut.transaction.annotation.Transactional.class)
                                        || m.isAnnotatedWith(io.micronaut.transaction.annotation.ReadOnly.class)));
    }
}
