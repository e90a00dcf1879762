package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.HopfieldModel;

/**
 * Single-site random-scan heat bath (Gibbs sampler, Glauber dynamics) for a {@link HopfieldModel}.
 *
 * <p>One step picks a site uniformly at random and draws its spin from the conditional distribution given
 * all other spins: s_i = +1 with probability 1 / (1 + exp(−2β g/N)), where g = Σ_μ x_μi m_μ − P s_i is the
 * integer local field without the site's own term (see {@link HopfieldHeatBathTable} for the derivation).
 * Equivalently the spin flips with probability 1 / (1 + exp(β ΔE_i)). The chain satisfies detailed balance
 * for p(s) ∝ exp(−β E(s)).
 *
 * <p>Cost per step: one {@code nextInt(N)} and one {@code nextDouble()} draw, O(P) for the local field and
 * O(P) more when the spin changes. {@link #accepted()} counts the updates that changed the spin.
 */
public final class HopfieldRandomScanHeatBath extends HopfieldSiteChain {

    private final HopfieldHeatBathTable conditional;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    public HopfieldRandomScanHeatBath(HopfieldModel model, byte[] spins, UniformRandomProvider rng) {
        super(model, spins, rng);
        this.conditional = new HopfieldHeatBathTable(betaTimesTwoOverN, (long) patternCount * (size - 1));
    }

    @Override
    public void advance(long steps) {
        byte[] s = spins;
        int p = patternCount;
        for (long step = 0; step < steps; step++) {
            int site = rng.nextInt(size);
            int spin = s[site];
            int field = localField(site) - p * spin;
            int newSpin = conditional.setsUp(field, rng.nextDouble()) ? 1 : -1;
            if (newSpin != spin) {
                flip(site, spin);
            }
        }
        siteUpdates += steps;
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
