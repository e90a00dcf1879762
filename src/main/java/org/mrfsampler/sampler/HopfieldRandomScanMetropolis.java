package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.Spins;

/**
 * Single-site random-scan Metropolis–Hastings for a {@link HopfieldModel}.
 *
 * <p>One step picks a site uniformly at random, proposes to flip it and accepts with probability
 * min(1, exp(−β ΔE)). The chain keeps the P overlaps m_μ = x_μ·s, so ΔE_i = (2/N)(s_i Σ_μ x_μi m_μ − P)
 * costs O(P) and an accepted flip updates the overlaps in O(P); the N×N weight matrix is never formed.
 *
 * <p>Cost per step: one {@code nextInt(N)} draw, plus one {@code nextDouble()} draw and one
 * {@code Math.exp} when ΔE &gt; 0. The energy is recomputed from the integer overlaps in O(P) on request,
 * so it carries no accumulated rounding error.
 */
public final class HopfieldRandomScanMetropolis implements MarkovChain {

    private final HopfieldModel model;
    private final UniformRandomProvider rng;
    private final byte[] spins;
    private final byte[] patternsBySite;
    private final int[] overlaps;
    private final int size;
    private final int patternCount;
    private final double betaTimesTwoOverN;

    private long spinSum;
    private long proposals;
    private long accepted;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    public HopfieldRandomScanMetropolis(HopfieldModel model, byte[] spins, UniformRandomProvider rng) {
        if (spins.length != model.size() || !Spins.arePlusMinusOne(spins)) {
            throw new IllegalArgumentException("initial state must have " + model.size() + " entries of -1 or +1");
        }
        this.model = model;
        this.rng = rng;
        this.spins = spins;
        this.patternsBySite = model.patternsBySite();
        this.overlaps = model.overlaps(spins);
        this.size = model.size();
        this.patternCount = model.patternCount();
        this.betaTimesTwoOverN = model.beta() * 2.0 / size;
        this.spinSum = Spins.sum(spins);
    }

    @Override
    public void advance(long steps) {
        byte[] s = spins;
        byte[] x = patternsBySite;
        int[] m = overlaps;
        int p = patternCount;
        for (long step = 0; step < steps; step++) {
            int site = rng.nextInt(size);
            int spin = s[site];
            int base = site * p;
            long localField = 0;
            for (int mu = 0; mu < p; mu++) {
                localField += x[base + mu] * m[mu];
            }
            // β ΔE = β (2/N)(s_i h_i − P); the integer part is exact.
            long scaledDelta = spin * localField - p;
            if (scaledDelta <= 0 || rng.nextDouble() < Math.exp(-betaTimesTwoOverN * scaledDelta)) {
                s[site] = (byte) -spin;
                int twiceSpin = 2 * spin;
                for (int mu = 0; mu < p; mu++) {
                    m[mu] -= twiceSpin * x[base + mu];
                }
                spinSum -= twiceSpin;
                accepted++;
            }
        }
        proposals += steps;
    }

    @Override
    public double[] patternOverlaps() {
        double[] normalized = new double[patternCount];
        for (int mu = 0; mu < patternCount; mu++) {
            normalized[mu] = (double) overlaps[mu] / size;
        }
        return normalized;
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
        return model.energyFromOverlaps(overlaps);
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
