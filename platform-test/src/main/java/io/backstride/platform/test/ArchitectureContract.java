package io.backstride.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The package habits of style.md, checked for a service by extending this with its base package. */
public abstract class ArchitectureContract {

    /** The service's base package, e.g. {@code io.backstride.content}. */
    protected abstract String basePackage();

    private JavaClasses classes() {
        return ArchitectureRules.productionClasses(basePackage());
    }

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava(basePackage()).check(classes());
    }

    @Test
    void webNeverExposesStoredDocuments() {
        ArchitectureRules.webDoesNotTouchPersistence(basePackage()).check(classes());
    }

    @Test
    void messagingDoesNotDependOnWeb() {
        ArchitectureRules.messagingDoesNotUseWeb(basePackage()).check(classes());
    }
}
