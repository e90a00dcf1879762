package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.Spins;

/**
 * Single-site random-scan Metropolis–Hastings for the Ising model (Metropolis et al., 1953).
 *
 * <p>One step picks a site uniformly at random, proposes to flip it and accepts with probability
 * min(1, exp(−β ΔE)), where ΔE = 2 s_i (J Σ_j s_j + h) comes from the four neighbours. Both boundary
 * conditions of {@link IsingModel} are supported. The chain satisfies detailed balance for
 * p(s) ∝ exp(−β E(s)).
 *
 * <p>Cost per step: one {@code nextInt(N)} draw, plus one {@code nextDouble()} draw when ΔE &gt; 0. The
 * 18 possible acceptance probabilities (neighbour sum −4…4 times the two spin values) are tabulated once,
 * and energy and magnetisation are kept exactly as integer bond and spin sums.
 */
public final class IsingRandomScanMetropolis implements MarkovChain {

    private final IsingModel model;
    private final UniformRandomProvider rng;
    private final byte[] spins;
    private final int rows;
    private final int cols;
    private final int size;
    private final boolean periodic;
    /** min(1, exp(−β ΔE)) at index {@code (s_i·neighbourSum + 4)·2 + (s_i + 1)/2}. */
    private final double[] acceptance = new double[18];

    private long bondSum;
    private long spinSum;
    private long proposals;
    private long accepted;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    public IsingRandomScanMetropolis(IsingModel model, byte[] spins, UniformRandomProvider rng) {
        if (spins.length != model.size() || !Spins.arePlusMinusOne(spins)) {
            throw new IllegalArgumentException("initial state must have " + model.size() + " entries of -1 or +1");
        }
        this.model = model;
        this.rng = rng;
        this.spins = spins;
        this.rows = model.rows();
        this.cols = model.cols();
        this.size = model.size();
        this.periodic = model.periodic();
        this.bondSum = model.bondSum(spins);
        this.spinSum = Spins.sum(spins);
        for (int alignment = -4; alignment <= 4; alignment++) {
            for (int spin = -1; spin <= 1; spin += 2) {
                double deltaEnergy = 2.0 * (model.coupling() * alignment + model.field() * spin);
                acceptance[(alignment + 4) * 2 + (spin + 1) / 2] = Math.min(1.0, Math.exp(-model.beta() * deltaEnergy));
            }
        }
    }

    @Override
    public void advance(long steps) {
        byte[] s = spins;
        for (long step = 0; step < steps; step++) {
            int site = rng.nextInt(size);
            int spin = s[site];
            int alignment = spin * neighbourSum(s, site);
            double probability = acceptance[(alignment + 4) * 2 + (spin + 1) / 2];
            if (probability >= 1.0 || rng.nextDouble() < probability) {
                s[site] = (byte) -spin;
                bondSum -= 2L * alignment;
                spinSum -= 2L * spin;
                accepted++;
            }
        }
        proposals += steps;
    }

    private int neighbourSum(byte[] s, int site) {
        int r = site / cols;
        int c = site - r * cols;
        if (periodic) {
            int up = r > 0 ? site - cols : site + size - cols;
            int down = r < rows - 1 ? site + cols : site - size + cols;
            int left = c > 0 ? site - 1 : site + cols - 1;
            int right = c < cols - 1 ? site + 1 : site - cols + 1;
            return s[up] + s[down] + s[left] + s[right];
        }
        int sum = 0;
        if (r > 0) {
            sum += s[site - cols];
        }
        if (r < rows - 1) {
            sum += s[site + cols];
        }
        if (c > 0) {
            sum += s[site - 1];
        }
        if (c < cols - 1) {
            sum += s[site + 1];
        }
        return sum;
    }

    @Override
    public void advanceSweeps(long sweeps) {
        advance(Math.multiplyExact(sweeps, (long) size));
    }

    @Override
    public long stepsPerSweep() {
        return size;
    }

    @Override
    public long siteUpdates() {
        return proposals;
    }

    @Override
    public byte[] spins() {
        return spins;
    }

    @Override
    public double energy() {
        return model.energy(bondSum, spinSum);
    }

    @Override
    public double magnetization() {
        return (double) spinSum / size;
    }

    @Override
    public long proposals() {
        return proposals;
    }

    @Override
    public long accepted() {
        return accepted;
    }
}
