package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.IsingModel;

/**
 * Checkerboard-sweep heat-bath (Gibbs) sampler for the Ising model: one step is one sweep that visits
 * every site with (r + c) even and then every site with (r + c) odd. A visit sets the spin to +1 with
 * probability 1 / (1 + exp(−2β (J Σ_j s_j + h))) and to −1 otherwise, drawn from the conditional
 * distribution of the site given its four neighbours. Both boundary conditions of {@link IsingModel} are
 * supported. {@link IsingCheckerboardSweep} describes how large lattices are split across threads.
 *
 * <p>The update is carried out as a flip with probability 1 / (1 + exp(β ΔE)), which gives the same new
 * spin distribution. {@link #accepted()} therefore counts the visits that changed the spin.
 *
 * <p>Cost per site visit: one table look-up and one {@code nextDouble()} draw (none when the flip
 * probability rounds to 1). Energy and magnetisation are kept exactly as integer bond and spin sums.
 */
public final class IsingCheckerboardHeatBath extends IsingCheckerboardSweep {

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @param rng the chain's generator, which must be jumpable for lattices of at least
     *     {@value IsingCheckerboardSweep#BLOCK_THRESHOLD} sites
     * @param threads maximum number of threads one half-sweep may use. The spins do not depend on it
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1, if
     *     {@code threads} is below 1, or if the lattice is large and {@code rng} is not jumpable
     */
    public IsingCheckerboardHeatBath(IsingModel model, byte[] spins, UniformRandomProvider rng, int threads) {
        super(model, spins, rng, threads, IsingFlipTables.heatBath(model));
    }
}
