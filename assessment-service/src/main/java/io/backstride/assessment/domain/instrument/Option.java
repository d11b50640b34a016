package io.backstride.assessment.domain.instrument;

/**
 * One choice of a {@link ItemType#SINGLE_CHOICE} item.
 *
 * @param value   the locale-independent code a submission sends
 * @param textKey key of the text shown to the runner
 * @param score   what the option adds to a score; {@code null} when the item is not scored
 */
public record Option(String value, String textKey, Double score) {

    public static Option of(String value, String textKey) {
        return new Option(value, textKey, null);
    }
}
