package io.backstride.identity;

import io.backstride.platform.test.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "io.backstride.identity";
    }
}
