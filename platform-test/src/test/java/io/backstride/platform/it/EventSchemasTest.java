package io.backstride.platform.it;

import io.backstride.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventSchemasTest {

    @Test
    void theSchemaExampleConformsToItsSchema() {
        assertThat(EventSchemas.violations(Parcels.LABELLED, EventSchemas.example(Parcels.LABELLED))).isEmpty();
    }

    @Test
    void aPayloadMissingARequiredFieldOrWithAnUnknownOneIsReported() {
        assertThat(EventSchemas.violations(Parcels.LABELLED, "{\"parcelId\": \"p\", \"extra\": true}"))
                .hasSizeGreaterThanOrEqualTo(3);
    }
}
