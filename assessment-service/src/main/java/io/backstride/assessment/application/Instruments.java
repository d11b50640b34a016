package io.backstride.assessment.application;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.backstride.assessment.domain.instrument.Instrument;
import io.backstride.assessment.domain.instrument.InstrumentCatalogue;
import io.backstride.assessment.domain.instrument.InstrumentVersion;
import io.backstride.assessment.domain.instrument.LocalisedInstrument;
import io.backstride.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/** The instruments in force, worded in the locale a runner asks for when it has texts, else in en-GB. */
@Service
public class Instruments {

    private final InstrumentCatalogue catalogue;
    private final Set<String> locales = new TreeSet<>();

    Instruments(InstrumentCatalogue catalogue) {
        this.catalogue = catalogue;
        catalogue.all().forEach(instrument -> locales.addAll(instrument.texts().keySet()));
    }

    public List<InstrumentVersion> all() {
        return catalogue.all().stream().map(Instrument::identity).toList();
    }

    public LocalisedInstrument localised(String instrumentId, List<Locale.LanguageRange> wanted) {
        var instrument = catalogue.find(instrumentId)
                .orElseThrow(() -> new NotFoundException("There is no instrument " + instrumentId + "."));
        return instrument.localised(best(wanted, instrument.texts().keySet()));
    }

    /** The best locale with instrument texts for an {@code Accept-Language} list; en-GB when none fits. */
    public Locale bestLocale(List<Locale.LanguageRange> wanted) {
        return best(wanted, locales);
    }

    private static Locale best(List<Locale.LanguageRange> wanted, Collection<String> available) {
        var tag = Locale.lookupTag(wanted, available);
        return tag == null ? Instrument.FALLBACK_LOCALE : Locale.forLanguageTag(tag);
    }
}
