package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.HopfieldModel;

/**
 * Sequential-scan heat bath (systematic-scan Gibbs sampler) for a {@link HopfieldModel}.
 *
 * <p>One step is one sweep that visits the sites 0, 1, …, N − 1 in order and draws each spin from its
 * conditional distribution given all other spins: s_i = +1 with probability 1 / (1 + exp(−2β g/N)), where
 * g = Σ_μ x_μi m_μ − P s_i is the integer local field without the site's own term (see
 * {@link HopfieldHeatBathTable}). Each site update leaves p(s) ∝ exp(−β E(s)) invariant, so the sweep does
 * too. The network is fully connected, so there is no checkerboard split.
 *
 * <p>Cost per step: N site updates, each with one {@code nextDouble()} draw, O(P) for the local field and
 * O(P) more when the spin changes. {@link #accepted()} counts the updates that changed the spin.
 */
public final class HopfieldSequentialHeatBath extends HopfieldSiteChain {

    private final HopfieldHeatBathTable conditional;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    public HopfieldSequentialHeatBath(HopfieldModel model, byte[] spins, UniformRandomProvider rng) {
        super(model, spins, rng);
        this.conditional = new HopfieldHeatBathTable(betaTimesTwoOverN, (long) patternCount * (size - 1));
    }

    @Override
    public void advance(long steps) {
        byte[] s = spins;
        int p = patternCount;
        for (long sweep = 0; sweep < steps; sweep++) {
            for (int site = 0; site < size; site++) {
                int spin = s[site];
                int field = localField(site) - p * spin;
                int newSpin = conditional.setsUp(field, rng.nextDouble()) ? 1 : -1;
                if (newSpin != spin) {
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
