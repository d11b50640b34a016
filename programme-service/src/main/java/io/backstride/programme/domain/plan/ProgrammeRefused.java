package io.backstride.programme.domain.plan;

/** No programme may be made from this request. */
public final class ProgrammeRefused extends RuntimeException {

    private final RefusalReason reason;

    public ProgrammeRefused(RefusalReason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public RefusalReason reason() {
        return reason;
    }
}
