package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.HopfieldModel;

/**
 * Single-site random-scan Metropolis–Hastings for a {@link HopfieldModel}.
 *
 * <p>One step picks a site uniformly at random, proposes to flip it and accepts with probability
 * min(1, exp(−β ΔE)). The chain keeps the P overlaps m_μ = x_μ·s, so ΔE_i = (2/N)(s_i Σ_μ x_μi m_μ − P)
 * costs O(P) and an accepted flip updates the overlaps in O(P); the N×N weight matrix is never formed.
 *
 * <p>Cost per step: one {@code nextInt(N)} draw, plus one {@code nextDouble()} draw when ΔE &gt; 0. The
 * uphill acceptance probability depends only on the integer s_i h_i − P and comes from a
 * {@link HopfieldMetropolisTable}, which gives the same decisions as evaluating {@code Math.exp} per move.
 * With a single pattern the overlap stays in a local variable for the whole call. The energy is recomputed
 * from the integer overlaps in O(P) on request, so it carries no accumulated rounding error.
 */
public final class HopfieldRandomScanMetropolis extends HopfieldSiteChain {

    private final HopfieldMetropolisTable acceptance;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    public HopfieldRandomScanMetropolis(HopfieldModel model, byte[] spins, UniformRandomProvider rng) {
        super(model, spins, rng);
        this.acceptance = new HopfieldMetropolisTable(betaTimesTwoOverN, (long) patternCount * (size - 1));
    }

    @Override
    public void advance(long steps) {
        if (patternCount == 1) {
            advanceSinglePattern(steps);
        } else {
            advanceManyPatterns(steps);
        }
        siteUpdates += steps;
    }

    private void advanceManyPatterns(long steps) {
        byte[] s = spins;
        int p = patternCount;
        for (long step = 0; step < steps; step++) {
            int site = rng.nextInt(size);
            int spin = s[site];
            int delta = spin * localField(site) - p;
            if (delta <= 0 || acceptance.accepts(delta, rng.nextDouble())) {
                flip(site, spin);
            }
        }
    }

    /** Performs steps for P = 1, where h_i = x_i m and a flip changes m by −2 s_i x_i. */
    private void advanceSinglePattern(long steps) {
        byte[] s = spins;
        byte[] x = patternsBySite;
        int n = size;
        int overlap = overlaps[0];
        long sum = spinSum;
        long flips = 0;
        for (long step = 0; step < steps; step++) {
            int site = rng.nextInt(n);
            int spin = s[site];
            int alignedSpin = spin * x[site];
            int delta = alignedSpin * overlap - 1;
            if (delta <= 0 || acceptance.accepts(delta, rng.nextDouble())) {
                s[site] = (byte) -spin;
                overlap -= 2 * alignedSpin;
                sum -= 2 * spin;
                flips++;
            }
        }
        overlaps[0] = overlap;
        spinSum = sum;
        accepted += flips;
    }

    @Override
    public void advanceSweeps(long sweeps) {
        advance(Math.multiplyExact(sweeps, (long) size));
    }

    @Override
    public long stepsPerSweep() {
        return size;
    }
}
