package io.backstride.programme.domain.rules;

import java.util.Optional;

/**
 * RL-1 applied to one run: what it was compared with and whether it fired.
 *
 * @param longestPrevious30DaysMetres the longest run of the window, null when there was none
 * @param limitMetres                 the longest distance that is no spike, null when there is no run to compare
 *                                    with (then nothing is a spike)
 * @param flag                        the decision when the run is a spike
 */
public record RunSpikeCheck(Integer longestPrevious30DaysMetres, Integer limitMetres, Optional<Decision> flag) {
}
