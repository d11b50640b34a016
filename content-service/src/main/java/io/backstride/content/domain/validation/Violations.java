package io.backstride.content.domain.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Collects violations while the rules walk a piece of content; never stops at the first. */
final class Violations {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int SLUG_MAX = 80;
    /** A two- or three-letter language, then optional subtags such as a region: en, en-GB, es-419. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final List<Violation> found = new ArrayList<>();

    static String field(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    void add(String path, ViolationCode code, String message) {
        found.add(new Violation(path, code, message));
    }

    boolean present(String path, Object value) {
        if (value == null) {
            add(path, ViolationCode.REQUIRED, "is missing");
            return false;
        }
        return true;
    }

    boolean text(String path, String value, TextLength length) {
        if (value == null || value.isBlank()) {
            add(path, ViolationCode.REQUIRED, "must not be blank");
            return false;
        }
        if (value.length() > length.max) {
            add(path, ViolationCode.TOO_LONG, "must be at most " + length.max + " characters");
            return false;
        }
        return true;
    }

    void optionalText(String path, String value, TextLength length) {
        if (value != null) {
            text(path, value, length);
        }
    }

    boolean slug(String path, String value) {
        if (!text(path, value, TextLength.NAME)) {
            return false;
        }
        if (value.length() > SLUG_MAX || !SLUG.matcher(value).matches()) {
            add(path, ViolationCode.MALFORMED, "must be lower-case words joined by hyphens, e.g. glute-bridge");
            return false;
        }
        return true;
    }

    void locale(String path, String value) {
        if (!text(path, value, TextLength.NAME)) {
            return;
        }
        var canonical = Locale.forLanguageTag(value).toLanguageTag();
        if (!LANGUAGE_TAG.matcher(value).matches() || !canonical.equals(value)) {
            add(path, ViolationCode.MALFORMED, "must be a language tag such as en-GB");
        }
    }

    /** At least one element, none missing, none repeated. */
    <T> void someDistinct(String path, List<T> values, String what) {
        if (values.isEmpty()) {
            add(path, ViolationCode.REQUIRED, "must name at least one " + what);
            return;
        }
        var seen = new HashSet<T>();
        for (int i = 0; i < values.size(); i++) {
            var value = values.get(i);
            if (present(item(path, i), value) && !seen.add(value)) {
                add(item(path, i), ViolationCode.DUPLICATE, value + " is listed more than once");
            }
        }
    }

    void texts(String path, List<String> values, TextLength length) {
        for (int i = 0; i < values.size(); i++) {
            text(item(path, i), values.get(i), length);
        }
    }

    void someTexts(String path, List<String> values, TextLength length, String what) {
        if (values.isEmpty()) {
            add(path, ViolationCode.REQUIRED, "must have at least one " + what);
        }
        texts(path, values, length);
    }

    void within(String path, Integer value, DosageLimit limit) {
        if (present(path, value) && !limit.allows(value)) {
            add(path, ViolationCode.OUT_OF_RANGE,
                    "must be between " + limit.min() + " and " + limit.max() + " but is " + value);
        }
    }

    List<Violation> list() {
        return List.copyOf(found);
    }
}
