package io.backstride.assessment.domain.instrument;

import java.util.Objects;

/** One answer as a runner sends it: the JSON shapes true/false, a number or a string. */
public sealed interface Answer {

    record YesNo(boolean yes) implements Answer {
    }

    record Numeric(double value) implements Answer {
    }

    record Text(String value) implements Answer {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A JSON value of a shape no item takes (an object, a list, null), kept so validation can name it. */
    record Unreadable(String shape) implements Answer {
    }

    static Answer yes() {
        return new YesNo(true);
    }

    static Answer no() {
        return new YesNo(false);
    }

    static Answer number(double value) {
        return new Numeric(value);
    }

    static Answer text(String value) {
        return new Text(value);
    }

    /** Maps a value as a JSON binder hands it over (Boolean, Number, String or anything else). */
    static Answer fromJson(Object value) {
        return switch (value) {
            case null -> new Unreadable("null");
            case Boolean flag -> new YesNo(flag);
            case Number number -> new Numeric(number.doubleValue());
            case String string -> new Text(string);
            default -> new Unreadable(value.getClass().getSimpleName());
        };
    }

    /** The answer as a short code for audit records: YES, NO, a number or an option value. */
    default String code() {
        return switch (this) {
            case YesNo yesNo -> yesNo.yes() ? Condition.YES : Condition.NO;
            case Numeric numeric -> numeric.value() == Math.rint(numeric.value())
                    ? Long.toString((long) numeric.value()) : Double.toString(numeric.value());
            case Text text -> text.value();
            case Unreadable unreadable -> "?";
        };
    }
}
