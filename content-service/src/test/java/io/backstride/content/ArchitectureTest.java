package io.backstride.content;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.backstride.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String BASE = "io.backstride.content";
    private final JavaClasses classes = ArchitectureRules.productionClasses(BASE);

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava(BASE).check(classes);
    }

    @Test
    void webNeverExposesStoredDocuments() {
        ArchitectureRules.webDoesNotTouchPersistence(BASE).check(classes);
    }

    @Test
    void messagingDoesNotDependOnWeb() {
        ArchitectureRules.messagingDoesNotUseWeb(BASE).check(classes);
    }
}
