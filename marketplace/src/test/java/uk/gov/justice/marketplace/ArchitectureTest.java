package uk.gov.justice.marketplace;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape STYLE.md asks for, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses MARKETPLACE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.gov.justice.marketplace");

    @Test
    void features_do_not_depend_on_each_other_in_a_circle() {
        slices().matching("uk.gov.justice.marketplace.(*)..").should().beFreeOfCycles().check(MARKETPLACE);
    }

    @Test
    void a_features_tables_are_reached_only_through_its_services() {
        classes().that().areAnnotatedWith(JdbcRepository.class).should().notBePublic().check(MARKETPLACE);
    }

    @Test
    void controllers_parse_and_answer_but_never_touch_repositories() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAnnotatedWith(JdbcRepository.class).check(MARKETPLACE);
    }

    @Test
    void stored_domain_records_know_nothing_of_http() {
        noClasses().that().areAnnotatedWith(MappedEntity.class)
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.http..").check(MARKETPLACE);
    }

    @Test
    void use_case_services_know_nothing_of_http() {
        noClasses().that(useCaseServices())
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.http..").check(MARKETPLACE);
    }

    @Test
    void domain_code_takes_the_time_from_the_injected_clock() {
        noClasses().that().resideOutsideOfPackage("uk.gov.justice.marketplace.runtime..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .check(MARKETPLACE);
    }

    /** The classes the controllers call: named for the use case, holding the rules and the transactions. */
    private static DescribedPredicate<JavaClass> useCaseServices() {
        return DescribedPredicate.describe("use-case services", c -> c.isAnnotatedWith(jakarta.inject.Singleton.class)
                && c.getMethods().stream().anyMatch(m ->
                m.isAnnotatedWith(io.micronaut.transaction.annotation.Transactional.class)
                        || m.isAnnotatedWith(io.micronaut.transaction.annotation.ReadOnly.class)));
    }
}
