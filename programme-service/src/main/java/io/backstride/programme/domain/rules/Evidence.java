package io.backstride.programme.domain.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The inputs that made a rule fire: the logs it looked at and the values it compared. */
public record Evidence(List<String> logIds, Map<String, Number> values) {

    public Evidence {
        logIds = List.copyOf(logIds);
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
