package io.backstride.platform.it;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the platform, used to prove the platform's guarantees end to end. */
@SpringBootApplication
public class PlatformTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatformTestApplication.class, args);
    }
}
