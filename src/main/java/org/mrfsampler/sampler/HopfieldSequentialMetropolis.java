package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.HopfieldModel;

/**
 * Sequential-scan Metropolis–Hastings for a {@link HopfieldModel}.
 *
 * <p>One step is one sweep that visits the sites 0, 1, …, N − 1 in order and proposes to flip each, accepting
 * with probability min(1, exp(−β ΔE_i)) where ΔE_i = (2/N)(s_i Σ_μ x_μi m_μ − P). Each site update leaves
 * p(s) ∝ exp(−β E(s)) invariant, so the sweep does too. A Hopfield network couples every pair of sites, so
 * no two sites can be updated independently and there is no checkerboard split: the fixed order is the
 * swept variant.
 *
 * <p>Cost per step: N site updates of O(P) each, with one {@code nextDouble()} draw per uphill proposal
 * and the acceptance probability from a {@link HopfieldMetropolisTable}.
 */
public final class HopfieldSequentialMetropolis extends HopfieldSiteChain {

    private final HopfieldMetropolisTable acceptance;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    public HopfieldSequentialMetropolis(HopfieldModel model, byte[] spins, UniformRandomProvider rng) {
        super(model, spins, rng);
        this.acceptance = new HopfieldMetropolisTable(betaTimesTwoOverN, (long) patternCount * (size - 1));
    }

    @Override
    public void advance(long steps) {
        byte[] s = spins;
        int p = patternCount;
        for (long sweep = 0; sweep < steps; sweep++) {
            for (int site = 0; site < size; site++) {
                int spin = s[site];
                int delta = spin * localField(site) - p;
                if (delta <= 0 || acceptance.accepts(delta, rng.nextDouble())) {
                    flip(site, spin);
                }
            }
            siteUpdates += size;
        }
    }

    @Override
    public void advanceSweeps(long sweeps) {
        advance(sweeps);
    }

    @Override
    public long stepsPerSweep() {
        return 1;
    }
}
