package io.backstride.assessment.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.backstride.assessment.domain.instrument.Condition;
import io.backstride.assessment.domain.instrument.LocalisedInstrument;

/**
 * An instrument worded in one locale, to show to a runner. A submission names its {@code version}; answers to
 * another version are refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstrumentResponse(String id, String version, String locale, String title, String intro,
                                 List<ItemResponse> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemResponse(String id, String text, String type, boolean required, List<OptionResponse> options,
                        RangeResponse range, Integer maxLength, ConditionResponse showIf) {
    }

    record OptionResponse(String value, String text) {
    }

    record RangeResponse(Double min, Double max, boolean wholeNumbers) {
    }

    /** Skip logic: the item is shown only when this holds for earlier answers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConditionResponse(String item, String equals, List<String> in, Double above, Double below,
                             Boolean answered, List<ConditionResponse> anyOf, List<ConditionResponse> allOf) {

        static ConditionResponse of(Condition condition) {
            return condition == null ? null : new ConditionResponse(condition.item(), condition.equals(),
                    condition.in(), condition.above(), condition.below(), condition.answered(), all(condition.anyOf()),
                    all(condition.allOf()));
        }

        private static List<ConditionResponse> all(List<Condition> conditions) {
            return conditions == null ? null : conditions.stream().map(ConditionResponse::of).toList();
        }
    }

    static InstrumentResponse of(LocalisedInstrument instrument) {
        return new InstrumentResponse(instrument.id(), instrument.version(), instrument.locale(), instrument.title(),
                instrument.intro(), instrument.items().stream().map(item -> new ItemResponse(item.id(), item.text(),
                        item.type().name(), item.required(),
                        item.options().isEmpty() ? null : item.options().stream()
                                .map(option -> new OptionResponse(option.value(), option.text())).toList(),
                        item.range() == null ? null
                                : new RangeResponse(item.range().min(), item.range().max(), item.range().wholeNumbers()),
                        item.maxLength(), ConditionResponse.of(item.showIf()))).toList());
    }
}
