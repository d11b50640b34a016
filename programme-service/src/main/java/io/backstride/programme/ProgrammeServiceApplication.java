package io.backstride.programme;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The programme service: personal exercise programmes scheduled up to race day, session and run logs, progression rules, races. */
@SpringBootApplication
public class ProgrammeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProgrammeServiceApplication.class, args);
    }
}
