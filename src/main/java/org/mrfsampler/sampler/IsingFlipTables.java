package org.mrfsampler.sampler;

import org.mrfsampler.model.IsingModel;

/**
 * Single-spin flip probabilities of the Ising kernels, tabulated over the 18 cases of spin s_i = ±1 and
 * alignment s_i·Σ_j s_j = −4…4. A flip changes the energy by ΔE = 2 (J·alignment + h·s_i).
 */
final class IsingFlipTables {

    /** Number of table entries: nine alignments times two spin values. */
    static final int SIZE = 18;

    private IsingFlipTables() {
    }

    /** Returns the table index of a site with the given spin and alignment s_i·Σ_j s_j. */
    static int index(int spin, int alignment) {
        return (alignment + 4) * 2 + ((spin + 1) >> 1);
    }

    /**
     * Builds the Metropolis table min(1, exp(−β ΔE)), except that a move with ΔE = 0 is accepted with
     * probability {@code zeroDeltaAcceptance}. Any value in (0, 1] keeps detailed balance, because the
     * reverse of a ΔE = 0 move also has ΔE = 0.
     *
     * @throws IllegalArgumentException if {@code zeroDeltaAcceptance} is not in (0, 1]
     */
    static double[] metropolis(IsingModel model, double zeroDeltaAcceptance) {
        if (!(zeroDeltaAcceptance > 0.0 && zeroDeltaAcceptance <= 1.0)) {
            throw new IllegalArgumentException("zeroDeltaAcceptance must be in (0, 1], got " + zeroDeltaAcceptance);
        }
        double[] table = new double[SIZE];
        for (int alignment = -4; alignment <= 4; alignment++) {
            for (int spin = -1; spin <= 1; spin += 2) {
                double deltaEnergy = deltaEnergy(model, spin, alignment);
                table[index(spin, alignment)] = deltaEnergy == 0.0
                        ? zeroDeltaAcceptance
                        : Math.min(1.0, Math.exp(-model.beta() * deltaEnergy));
            }
        }
        return table;
    }

    /**
     * Builds the heat-bath table 1 / (1 + exp(β ΔE)). Flipping with this probability sets the spin to +1
     * with probability 1 / (1 + exp(−2β (J Σ_j s_j + h))) whatever its old value, which is the heat-bath
     * (Gibbs) update. Storing the flip probability rather than P(+1) keeps a tiny flip probability exact
     * instead of rounding 1 − P(+1) to zero.
     */
    static double[] heatBath(IsingModel model) {
        double[] table = new double[SIZE];
        for (int alignment = -4; alignment <= 4; alignment++) {
            for (int spin = -1; spin <= 1; spin += 2) {
                double deltaEnergy = deltaEnergy(model, spin, alignment);
                table[index(spin, alignment)] = 1.0 / (1.0 + Math.exp(model.beta() * deltaEnergy));
            }
        }
        return table;
    }

    private static double deltaEnergy(IsingModel model, int spin, int alignment) {
        return 2.0 * (model.coupling() * alignment + model.field() * spin);
    }
}
