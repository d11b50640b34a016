package io.backstride.platform.it;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A route someone added without writing its access rule: it must be closed to everyone. */
@RestController
class UnruledController {

    @GetMapping("/api/v1/forgotten")
    String forgotten() {
        return "nobody should see this";
    }
}
