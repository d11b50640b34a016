package io.backstride.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package habits of every service (style.md), as rules a service's architecture test checks. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
    }

    /** {@code domain} is plain Java: no Spring, no MongoDB, no Kafka, no Jackson, no outer layer of the service. */
    public static ArchRule domainIsPlainJava(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
                        "tools.jackson..", "com.fasterxml.jackson..", "io.cloudevents..", "jakarta.servlet..",
                        "io.backstride.platform..",
                        basePackage + ".application..", basePackage + ".web..", basePackage + ".messaging..",
                        basePackage + ".config..", basePackage + ".persistence..")
                .allowEmptyShould(true)
                .because("the domain holds the rules and must be testable without any framework");
    }

    /** Controllers return API records, never stored documents; only the persistence package maps documents. */
    public static ArchRule webDoesNotTouchPersistence(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage(basePackage + ".persistence..", "org.springframework.data.mongodb..")
                .allowEmptyShould(true)
                .because("REST resources are records made for the API, never the stored document");
    }

    /** Messaging code talks to the domain through the application layer, not to the web layer. */
    public static ArchRule messagingDoesNotUseWeb(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + ".messaging..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".web..")
                .allowEmptyShould(true);
    }
}
