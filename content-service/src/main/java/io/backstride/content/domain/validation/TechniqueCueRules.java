package io.backstride.content.domain.validation;

import io.backstride.content.domain.library.ContentType;
import io.backstride.content.domain.library.TechniqueCue;

final class TechniqueCueRules {

    private final KnownContent known;

    TechniqueCueRules(KnownContent known) {
        this.known = known;
    }

    void check(TechniqueCue cue, Violations violations) {
        violations.slug("id", cue.id());
        violations.locale("locale", cue.locale());
        violations.text("title", cue.title(), TextLength.TITLE);
        violations.text("cue", cue.cue(), TextLength.LINE);
        violations.text("why", cue.why(), TextLength.PARAGRAPH);
        violations.someTexts("practice", cue.practice(), TextLength.LINE, "step");
        checkVariantOf(cue, violations);
        MediaRules.checkAll("media", cue.media(), violations);
    }

    private void checkVariantOf(TechniqueCue cue, Violations violations) {
        if (cue.variantOf() == null || !violations.slug("variantOf", cue.variantOf())) {
            return;
        }
        if (cue.variantOf().equals(cue.id())) {
            violations.add("variantOf", ViolationCode.SELF_REFERENCE, "must point at another technique cue");
        } else if (!known.exists(ContentType.TECHNIQUE_CUE, cue.variantOf())) {
            violations.add("variantOf", ViolationCode.UNKNOWN_REFERENCE, "no technique cue '" + cue.variantOf() + "'");
        }
    }
}
