package io.backstride.programme.domain.library;

/** A published running technique cue; {@code variantOf} names the cue it is an alternative to, or is null. */
public record TechniqueCue(String id, String variantOf) {

    public boolean isVariant() {
        return variantOf != null;
    }
}
