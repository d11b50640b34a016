package io.backstride.assessment.domain.instrument;

import java.util.List;

/**
 * Where instruments come from: the application reads the JSON files under {@code instruments/} (and
 * any licensed ones an operator adds) and binds them to {@link Instrument} records.
 */
public interface InstrumentSource {

    List<Instrument> instruments();
}
