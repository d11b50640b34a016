package io.backstride.programme.domain.programme;

import java.time.LocalDate;

/** Planned against done for one programme week: runs on run days and strength sessions. */
public record WeekAdherence(int week, LocalDate weekStart, int plannedRuns, int doneRuns, int plannedStrength,
                            int doneStrength) {

    /** A week counts towards a streak when at least this share of its sessions was done. */
    public static final double KEPT_SHARE = 0.8;

    public int planned() {
        return plannedRuns + plannedStrength;
    }

    public int done() {
        return doneRuns + doneStrength;
    }

    public boolean kept() {
        return planned() > 0 && done() >= planned() * KEPT_SHARE;
    }
}
