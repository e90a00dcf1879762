package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.HopfieldModel;

/**
 * Plain Hopfield site kernels that evaluate {@code Math.exp} for every decision and recompute nothing
 * incrementally except the overlaps. They draw from the random stream in the same order as the production
 * kernels, so a production kernel and its direct counterpart must reach identical states.
 */
final class DirectHopfieldKernels {

    /** The state a direct run ends in. */
    record Result(byte[] spins, int[] overlaps, long changedSpins) {
    }

    private final HopfieldModel model;
    private final byte[] spins;
    private final int[] overlaps;
    private final double betaTimesTwoOverN;
    private long changedSpins;

    DirectHopfieldKernels(HopfieldModel model, byte[] initial) {
        this.model = model;
        this.spins = initial.clone();
        this.overlaps = model.overlaps(spins);
        this.betaTimesTwoOverN = model.beta() * 2.0 / model.size();
    }

    static Result run(String algorithm, HopfieldModel model, byte[] initial, UniformRandomProvider rng, long sweeps) {
        DirectHopfieldKernels kernels = new DirectHopfieldKernels(model, initial);
        int n = model.size();
        for (long sweep = 0; sweep < sweeps; sweep++) {
            for (int i = 0; i < n; i++) {
                switch (algorithm) {
                    case Algorithms.METROPOLIS -> kernels.metropolis(rng.nextInt(n), rng);
                    case Algorithms.METROPOLIS_SWEEP -> kernels.metropolis(i, rng);
                    case Algorithms.HEAT_BATH -> kernels.heatBath(rng.nextInt(n), rng);
                    case Algorithms.HEAT_BATH_SWEEP -> kernels.heatBath(i, rng);
                    default -> throw new IllegalArgumentException("no direct kernel for " + algorithm);
                }
            }
        }
        return new Result(kernels.spins, kernels.overlaps, kernels.changedSpins);
    }

    private long localField(int site) {
        long field = 0;
        for (int mu = 0; mu < model.patternCount(); mu++) {
            field += model.patternSpin(site, mu) * overlaps[mu];
        }
        return field;
    }

    private void metropolis(int site, UniformRandomProvider rng) {
        long delta = spins[site] * localField(site) - model.patternCount();
        if (delta <= 0 || rng.nextDouble() < Math.exp(-betaTimesTwoOverN * delta)) {
            flip(site);
        }
    }

    private void heatBath(int site, UniformRandomProvider rng) {
        long field = localField(site) - (long) model.patternCount() * spins[site];
        double probabilityOfUp = 1.0 / (1.0 + Math.exp(-betaTimesTwoOverN * field));
        int newSpin = rng.nextDouble() < probabilityOfUp ? 1 : -1;
        if (newSpin != spins[site]) {
            flip(site);
        }
    }

    private void flip(int site) {
        int spin = spins[site];
        for (int mu = 0; mu < model.patternCount(); mu++) {
            overlaps[mu] -= 2 * spin * model.patternSpin(site, mu);
        }
        spins[site] = (byte) -spin;
        changedSpins++;
    }
}
