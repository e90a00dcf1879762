package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.IsingModel;

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
public final class IsingRandomScanHeatBath extends IsingRandomScan {

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    public IsingRandomScanHeatBath(IsingModel model, byte[] spins, UniformRandomProvider rng) {
        super(model, spins, rng, IsingFlipTables.heatBath(model));
    }
}
