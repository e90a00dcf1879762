package org.mrfsampler.oracle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact averages of Hopfield networks E(s) = −½ sᵀWs, W = XᵀX / N with zero diagonal.
 *
 * <p>With one pattern x the model is the Curie–Weiss model in the overlap q = x·s / N: sᵀWs = N q² − 1,
 * so E = −(N q² − 1) / 2, and C(N, k) configurations disagree with x on k sites, giving q = (N − 2k) / N.
 * The pattern itself drops out. With several patterns the small networks are enumerated, with W formed
 * explicitly rather than through the overlaps that the model and the kernels use.
 *
 * @param energyPerSite ⟨E⟩ / N
 * @param absOverlap ⟨|q_μ|⟩ for each pattern
 * @param overlapSquared ⟨q_μ²⟩ for each pattern
 * @param spectrum probability of each energy level
 */
record HopfieldExact(double energyPerSite, double[] absOverlap, double[] overlapSquared, EnergySpectrum spectrum) {

    /** Largest network enumerated when there are several patterns. */
    static final int MAX_ENUMERATED_SITES = 20;

    /** Computes the exact averages of a one-pattern network of N sites from the binomial weights. */
    static HopfieldExact curieWeiss(int size, double beta) {
        double[] logWeights = new double[size + 1];
        double logBinomial = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= size; k++) {
            if (k > 0) {
                logBinomial += Math.log((double) (size - k + 1) / k);
            }
            logWeights[k] = logBinomial - beta * curieWeissEnergy(size, k);
            max = Math.max(max, logWeights[k]);
        }
        double z = 0;
        double energy = 0;
        double absOverlap = 0;
        double overlapSquared = 0;
        Map<Long, double[]> levels = new TreeMap<>();
        for (int k = 0; k <= size; k++) {
            double w = Math.exp(logWeights[k] - max);
            double q = (double) (size - 2 * k) / size;
            double e = curieWeissEnergy(size, k);
            z += w;
            energy += w * e;
            absOverlap += w * Math.abs(q);
            overlapSquared += w * q * q;
            addToLevel(levels, e, w);
        }
        return new HopfieldExact(energy / z / size, new double[] {absOverlap / z}, new double[] {overlapSquared / z},
                spectrum(levels, z));
    }

    private static double curieWeissEnergy(int size, int disagreements) {
        double q = (double) (size - 2 * disagreements) / size;
        return -(size * q * q - 1) / 2;
    }

    /**
     * Enumerates all 2^N configurations of a network with the given row-major patterns.
     *
     * @throws IllegalArgumentException if N exceeds {@value #MAX_ENUMERATED_SITES}
     */
    static HopfieldExact enumerate(List<byte[]> patterns, double beta) {
        int size = patterns.get(0).length;
        int patternCount = patterns.size();
        if (size > MAX_ENUMERATED_SITES) {
            throw new IllegalArgumentException("cannot enumerate " + size + " sites, at most " + MAX_ENUMERATED_SITES);
        }
        double[][] weights = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                if (i != j) {
                    for (byte[] pattern : patterns) {
                        weights[i][j] += (double) pattern[i] * pattern[j] / size;
                    }
                }
            }
        }

        int states = 1 << size;
        double[] energies = new double[states];
        double minEnergy = Double.POSITIVE_INFINITY;
        int[] spins = new int[size];
        for (int state = 0; state < states; state++) {
            for (int i = 0; i < size; i++) {
                spins[i] = ((state >>> i) & 1) == 1 ? 1 : -1;
            }
            double quadratic = 0;
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    quadratic += spins[i] * weights[i][j] * spins[j];
                }
            }
            energies[state] = -0.5 * quadratic;
            minEnergy = Math.min(minEnergy, energies[state]);
        }

        double z = 0;
        double energy = 0;
        double[] absOverlap = new double[patternCount];
        double[] overlapSquared = new double[patternCount];
        Map<Long, double[]> levels = new TreeMap<>();
        for (int state = 0; state < states; state++) {
            double w = Math.exp(-beta * (energies[state] - minEnergy));
            z += w;
            energy += w * energies[state];
            for (int mu = 0; mu < patternCount; mu++) {
                int overlap = 0;
                for (int i = 0; i < size; i++) {
                    overlap += patterns.get(mu)[i] * (((state >>> i) & 1) == 1 ? 1 : -1);
                }
                double q = (double) overlap / size;
                absOverlap[mu] += w * Math.abs(q);
                overlapSquared[mu] += w * q * q;
            }
            addToLevel(levels, energies[state], w);
        }
        for (int mu = 0; mu < patternCount; mu++) {
            absOverlap[mu] /= z;
            overlapSquared[mu] /= z;
        }
        return new HopfieldExact(energy / z / size, absOverlap, overlapSquared, spectrum(levels, z));
    }

    /**
     * Adds weight to the level of {@code energy}. Energies here are multiples of 1/(2N) up to rounding, so
     * keys rounded to 1e-9 separate distinct levels and merge equal ones.
     */
    private static void addToLevel(Map<Long, double[]> levels, double energy, double weight) {
        double[] level = levels.computeIfAbsent(Math.round(energy * 1e9), key -> new double[] {energy, 0});
        level[1] += weight;
    }

    private static EnergySpectrum spectrum(Map<Long, double[]> levels, double z) {
        double[] energies = new double[levels.size()];
        double[] probabilities = new double[levels.size()];
        int i = 0;
        for (double[] level : levels.values()) {
            energies[i] = level[0];
            probabilities[i] = level[1] / z;
            i++;
        }
        return new EnergySpectrum(energies, probabilities);
    }
}
