package io.backstride.content.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java: no framework, database, messaging or JSON library reaches into it. */
class DomainIndependenceTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.backstride.content.domain");

    @Test
    void theDomainDependsOnlyOnTheJdkAndItself() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.backstride.content.domain..")
                .check(domain);
    }

    @Test
    void theLibraryDoesNotKnowAboutReviewOrValidation() {
        noClasses().that().resideInAPackage("..domain.library..")
                .should().dependOnClassesThat().resideInAnyPackage("..domain.review..", "..domain.validation..")
                .check(domain);
    }

    @Test
    void validationDoesNotKnowAboutReview() {
        noClasses().that().resideInAPackage("..domain.validation..")
                .should().dependOnClassesThat().resideInAPackage("..domain.review..")
                .check(domain);
    }
}
