package io.backstride.assessment.domain.instrument;

/** What kind of answer an item takes, and so which JSON shape a submission must use for it. */
public enum ItemType {
    /** JSON {@code true} or {@code false}. */
    YES_NO,
    /** A JSON string naming one of the item's option values. */
    SINGLE_CHOICE,
    /** A whole JSON number from 0 to 10. */
    SCALE_0_10,
    /** A JSON number inside the item's range. */
    NUMBER,
    /** A JSON string no longer than the item's {@code maxLength}. */
    SHORT_TEXT;

    public boolean isNumeric() {
        return this == SCALE_0_10 || this == NUMBER;
    }
}
