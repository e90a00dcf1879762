package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.Spins;

/**
 * State shared by the single-site kernels for a {@link HopfieldModel}: the spins, the P integer overlaps
 * m_μ = x_μ·s and the move counters.
 *
 * <p>A site update needs the local field h_i = Σ_μ x_μi m_μ, which costs O(P), and a spin flip updates
 * the overlaps in O(P); the N×N weight matrix is never formed. Because P·N is below 2³¹ (the model
 * rejects larger networks) and |m_μ| ≤ N, every local field fits in an {@code int}.
 *
 * <p>The energy is recomputed from the integer overlaps in O(P) on request, so it carries no accumulated
 * rounding error and equals {@code model.energy(spins())} exactly.
 */
abstract class HopfieldSiteChain implements MarkovChain {

    final HopfieldModel model;
    final UniformRandomProvider rng;
    final byte[] spins;
    /** x_μi at index {@code site·P + μ}. */
    final byte[] patternsBySite;
    final int[] overlaps;
    final int size;
    final int patternCount;
    /** 2β/N: β ΔE_i = betaTimesTwoOverN · (s_i h_i − P). */
    final double betaTimesTwoOverN;

    long spinSum;
    long siteUpdates;
    long accepted;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    HopfieldSiteChain(HopfieldModel model, byte[] spins, UniformRandomProvider rng) {
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

    /** Computes h_i = Σ_μ x_μi m_μ from the current overlaps. */
    final int localField(int site) {
        byte[] x = patternsBySite;
        int[] m = overlaps;
        int p = patternCount;
        int base = site * p;
        int field = 0;
        for (int mu = 0; mu < p; mu++) {
            field += x[base + mu] * m[mu];
        }
        return field;
    }

    /** Flips the spin at {@code site}, whose current value is {@code spin}, and updates overlaps and sums. */
    final void flip(int site, int spin) {
        byte[] x = patternsBySite;
        int[] m = overlaps;
        int p = patternCount;
        int base = site * p;
        int twiceSpin = 2 * spin;
        for (int mu = 0; mu < p; mu++) {
            m[mu] -= twiceSpin * x[base + mu];
        }
        spins[site] = (byte) -spin;
        spinSum -= twiceSpin;
        accepted++;
    }

    @Override
    public final double[] patternOverlaps() {
        double[] normalized = new double[patternCount];
        for (int mu = 0; mu < patternCount; mu++) {
            normalized[mu] = (double) overlaps[mu] / size;
        }
        return normalized;
    }

    @Override
    public final long siteUpdates() {
        return siteUpdates;
    }

    @Override
    public final byte[] spins() {
        return spins;
    }

    @Override
    public final double energy() {
        return model.energyFromOverlaps(overlaps);
    }

    @Override
    public final double magnetization() {
        return (double) spinSum / size;
    }

    /** Returns the site updates done so far: every site update proposes one move. */
    @Override
    public final long proposals() {
        return siteUpdates;
    }

    @Override
    public final long accepted() {
        return accepted;
    }
}
