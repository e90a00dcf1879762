package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.Spins;

/**
 * Single-site random-scan kernel for the Ising model that flips a uniformly chosen site with a probability
 * tabulated by {@link IsingFlipTables}; the subclasses supply the Metropolis or the heat-bath table.
 *
 * <p>One step picks a site with one {@code nextInt(N)} draw, sums its four neighbours (0 for a missing
 * neighbour on a free boundary) and flips it with the table's probability, drawing one
 * {@code nextDouble()} only when that probability is below 1. The site's row comes from a multiply-high
 * with a precomputed reciprocal instead of an integer division (Lemire, Kaser and Kurz, "Faster remainder
 * by direct computation", Software: Practice and Experience 49(6), 2019): with c = ⌈2^64 / cols⌉, the
 * quotient ⌊n / cols⌋ is the high 64 bits of c·n, exactly, for every 0 ≤ n &lt; 2^32. Energy and
 * magnetisation are kept exactly as integer bond and spin sums.
 */
abstract class IsingRandomScan implements MarkovChain {

    private final IsingModel model;
    private final UniformRandomProvider rng;
    private final byte[] spins;
    private final int rows;
    private final int cols;
    private final int size;
    private final boolean periodic;
    private final double[] flipProbability;
    /** ⌈2^64 / cols⌉ as an unsigned 64-bit number, or 0 when cols = 1. */
    private final long rowReciprocal;

    private long bondSum;
    private long spinSum;
    private long proposals;
    private long accepted;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @param flipProbability flip probability by {@link IsingFlipTables#index}
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    IsingRandomScan(IsingModel model, byte[] spins, UniformRandomProvider rng, double[] flipProbability) {
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
        this.flipProbability = flipProbability.clone();
        this.rowReciprocal = cols == 1 ? 0 : Long.divideUnsigned(-1L, cols) + 1;
        this.bondSum = model.bondSum(spins);
        this.spinSum = Spins.sum(spins);
    }

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
            double probability = table[IsingFlipTables.index(spin, alignment)];
            if (probability >= 1.0 || rng.nextDouble() < probability) {
                s[site] = (byte) -spin;
                bondSum -= 2L * alignment;
                spinSum -= 2L * spin;
                accepted++;
            }
        }
        proposals += steps;
    }

    /** Returns ⌊site / cols⌋; the unsigned high product of c and a non-negative site needs one correction term. */
    private int row(int site) {
        if (rowReciprocal == 0) {
            return site;
        }
        return (int) (Math.multiplyHigh(rowReciprocal, site) + ((rowReciprocal >> 63) & site));
    }

    private int neighbourSum(byte[] s, int site) {
        int r = row(site);
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
