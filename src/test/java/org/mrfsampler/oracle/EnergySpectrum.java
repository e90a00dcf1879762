package org.mrfsampler.oracle;

import java.util.Arrays;

/**
 * Exact probabilities of the distinct energy levels of a small model.
 *
 * @param levels distinct energies in ascending order
 * @param probabilities probability of each level, summing to 1
 */
record EnergySpectrum(double[] levels, double[] probabilities) {

    /** Relative distance within which an energy counts as a given level; levels are further apart than this. */
    private static final double LEVEL_TOLERANCE = 1e-9;

    EnergySpectrum {
        if (levels.length != probabilities.length || levels.length == 0) {
            throw new IllegalArgumentException("need one probability per level and at least one level");
        }
        for (int i = 1; i < levels.length; i++) {
            if (!(levels[i] - levels[i - 1] > 1e3 * LEVEL_TOLERANCE * Math.max(1, Math.abs(levels[i])))) {
                throw new IllegalArgumentException("levels must be ascending and distinct: " + Arrays.toString(levels));
            }
        }
    }

    /** Returns the index of the level equal to {@code energy} up to rounding, or −1 if there is none. */
    int levelIndex(double energy) {
        int low = 0;
        int high = levels.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (levels[middle] < energy) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int candidate = Math.max(0, low - 1); candidate <= low; candidate++) {
            if (Math.abs(levels[candidate] - energy) <= LEVEL_TOLERANCE * Math.max(1, Math.abs(energy))) {
                return candidate;
            }
        }
        return -1;
    }
}
