package io.backstride.programme.domain.rules;

/**
 * The numbers of clinical-rules §4, kept as data beside the rules that use them.
 *
 * @param safePainMax               highest pain that is safe (0–3)
 * @param acceptablePainMax         highest pain that is acceptable (4–5); above is not acceptable
 * @param easyEffortMax             highest RPE that counts as easy
 * @param veryHighEffortMin         lowest RPE that counts as very high
 * @param easySessionsToProgress    easy sessions in a row that move an exercise on
 * @param morningWorseMargin        points above the usual next-morning pain that count as worse
 * @param runSpikeRatio             a run longer than this times the 30-day longest is a spike
 * @param lookbackDays              the window for the longest run and the usual next-morning pain
 * @param goodRunsToRestore         good runs in a row that lift an eased running load
 * @param weeklyRiseToEase          rise of the weekly average pain that eases the load
 * @param weeklyRiseToEscalate      rise of the weekly average pain that escalates
 * @param unacceptableLogsToEscalate logs in a row with pain not acceptable that escalate
 */
public record Thresholds(int safePainMax, int acceptablePainMax, int easyEffortMax, int veryHighEffortMin,
                         int easySessionsToProgress, double morningWorseMargin, double runSpikeRatio,
                         int lookbackDays, int goodRunsToRestore, double weeklyRiseToEase,
                         double weeklyRiseToEscalate, int unacceptableLogsToEscalate) {

    public PainBand band(int pain) {
        if (pain <= safePainMax) {
            return PainBand.SAFE;
        }
        return pain <= acceptablePainMax ? PainBand.ACCEPTABLE : PainBand.NOT_ACCEPTABLE;
    }
}
