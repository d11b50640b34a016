package io.backstride.assessment.domain.instrument;

import java.util.List;
import java.util.Optional;

/**
 * One question of an instrument.
 *
 * @param showIf    skip logic: the item is shown, and so can be required, only when this condition on
 *                  earlier answers holds; {@code null} means always shown
 * @param range     bounds of a {@link ItemType#NUMBER} item
 * @param maxLength longest answer to a {@link ItemType#SHORT_TEXT} item
 */
public record Item(String id, String textKey, ItemType type, boolean required, List<Option> options,
                   NumberRange range, Integer maxLength, Condition showIf) {

    public Item {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static Item yesNo(String id, String textKey) {
        return new Item(id, textKey, ItemType.YES_NO, true, List.of(), null, null, null);
    }

    public static Item scale(String id, String textKey) {
        return new Item(id, textKey, ItemType.SCALE_0_10, true, List.of(), null, null, null);
    }

    public static Item choice(String id, String textKey, List<Option> options) {
        return new Item(id, textKey, ItemType.SINGLE_CHOICE, true, options, null, null, null);
    }

    public static Item number(String id, String textKey, NumberRange range) {
        return new Item(id, textKey, ItemType.NUMBER, true, List.of(), range, null, null);
    }

    public static Item shortText(String id, String textKey, int maxLength) {
        return new Item(id, textKey, ItemType.SHORT_TEXT, true, List.of(), null, maxLength, null);
    }

    public Item optional() {
        return new Item(id, textKey, type, false, options, range, maxLength, showIf);
    }

    public Item shownIf(Condition condition) {
        return new Item(id, textKey, type, required, options, range, maxLength, condition);
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst();
    }

    /** The range a numeric answer must fall in: 0–10 for a scale, the declared range for a number. */
    public NumberRange numericRange() {
        return type == ItemType.SCALE_0_10 ? NumberRange.SCALE_0_10 : range;
    }
}
