package io.backstride.assessment.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The clinical core is plain Java: no framework, no database, no JSON binding, no cycles between its packages. */
class DomainPurityTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.backstride.assessment.domain");

    @Test
    void domainDependsOnlyOnTheJavaStandardLibraryAndItself() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.backstride.assessment.domain..")
                .check(DOMAIN);
    }

    @Test
    void domainPackagesHaveNoCycles() {
        slices().matching("io.backstride.assessment.domain.(*)..").should().beFreeOfCycles().check(DOMAIN);
    }
}
