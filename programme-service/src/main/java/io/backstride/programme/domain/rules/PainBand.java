package io.backstride.programme.domain.rules;

/** The pain-monitoring model: how a 0–10 pain rating during activity reads. */
public enum PainBand {
    SAFE,
    ACCEPTABLE,
    NOT_ACCEPTABLE;

    public boolean isAcceptable() {
        return this != NOT_ACCEPTABLE;
    }
}
