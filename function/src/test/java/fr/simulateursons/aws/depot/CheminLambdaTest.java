package fr.simulateursons.aws.depot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The local SQS pump is a local-run tool: no handler, and nothing a handler uses, may reach it. */
class CheminLambdaTest {

    @Test
    void rienDuCheminLambdaNeDependDeLaPompeLocale() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.simulateursons.aws", "fr.simulateursons.api");

        noClasses().that().resideOutsideOfPackage("fr.simulateursons.aws.local..")
                .should().dependOnClassesThat().resideInAPackage("fr.simulateursons.aws.local..")
                .check(classes);
    }
}
