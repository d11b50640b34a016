package io.backstride.identity.application;

import java.util.List;

import io.backstride.identity.domain.ConsentText;
import org.springframework.stereotype.Component;

/** The versions of the health-data consent text; the last one is current. A change of wording is a new version. */
@Component
public class ConsentTexts {

    private static final List<ConsentText> VERSIONS = List.of(new ConsentText(1,
            "Your consent to the processing of your health data",
            """
            Backstride helps runners whose lower back aches during or just after a run to look after it themselves \
            with a gradual exercise programme. To do that, we need to process information about your health: your \
            answers to the self-assessment (for example where you feel pain and when it comes on), the exercise \
            sessions and runs you log, and how your back feels before and after them.

            What we use it for: to check whether the programme suits you and to tell you when you should see a \
            healthcare professional instead; to build your programme and adjust it as you progress; to remind you \
            of your sessions. Your race organiser sees only totals for groups of runners, never your own answers. \
            A partner app sees your data only if you link it, and you can remove that link at any time.

            Backstride is not medical advice and does not replace a physiotherapist or doctor. If your pain spreads \
            into your legs, keeps getting worse, or comes with any other symptom that worries you, stop and get it \
            checked.

            Your choice: giving this consent is voluntary. You can withdraw it at any time in your account; from \
            then on we take no new health data from you. You can also ask for all your data to be exported or \
            erased.
            """));

    public ConsentText current() {
        return VERSIONS.getLast();
    }
}
