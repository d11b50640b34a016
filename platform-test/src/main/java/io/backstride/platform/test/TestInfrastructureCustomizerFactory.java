package io.backstride.platform.test;

import java.util.List;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Adds the test infrastructure's addresses to a test context, ahead of every other property source. */
public class TestInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        return new Customizer();
    }

    /** All instances are equal, so contexts stay cacheable across test classes. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("backstride-test-infrastructure", TestInfrastructure.get().springProperties()));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
