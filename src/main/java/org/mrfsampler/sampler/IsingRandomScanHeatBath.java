package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.Spins;

/**
 * Single-site random-scan heat-bath (Gibbs) sampler for the Ising model, also known as Glauber dynamics.
 *
 * <p>One step picks a site uniformly at random and sets it to +1 with probability
 * 1 / (1 + exp(−2β (J Σ_j s_j + h))) and to −1 otherwise, drawn from the conditional distribution of the
 * site given its four neighbours. The update is carried out as a flip with probability
 * 1 / (1 + exp(β ΔE)), ΔE = 2 s_i (J Σ_j s_j + h), which gives the same new spin distribution; so
 * {@link #accepted()} counts the steps that changed the spin. Both boundary conditions of
 * {@link IsingModel} are supported. Each step satisfies detailed balance for p(s) ∝ exp(−β E(s)).
 *
 * <p>Cost per step: one {@code nextInt(N)} draw and one {@code nextDouble()} draw (none when the flip
 * probability rounds to 1). The 18 flip probabilities (neighbour sum −4…4 times the two spin values) are
 * tabulated once, and energy and magnetisation are kept exactly as integer bond and spin sums.
 */
public final class IsingRandomScanHeatBath implements MarkovChain {

    private final IsingModel model;
    private final UniformRandomProvider rng;
    private final byte[] spins;
    private final int rows;
    private final int cols;
    private final int size;
    private final boolean periodic;
    private final double[] flipProbability;

    private long bondSum;
    private long spinSum;
    private long proposals;
    private long accepted;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    public IsingRandomScanHeatBath(IsingModel model, byte[] spins, UniformRandomProvider rng) {
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
        this.flipProbability = IsingFlipTables.heatBath(model);
        this.bondSum = model.bondSum(spins);
        this.spinSum = Spins.sum(spins);
    }

    /**
     * Performs {@code steps} single-site updates.
     *
     * @throws IllegalArgumentException if steps is negative
     */
    @Override
    public void advance(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        byte[] s = spins;
        double[] table = flipProbability;
        for (long step = 0; step < steps; step++) {
            int site = rng.nextInt(size);
            int spin = s[site];
            int alignment = spin * neighbourSum(s, site);
            double probability = table[(alignment + 4) * 2 + ((spin + 1) >> 1)];
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
