package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.IsingModel;

/**
 * Single-site random-scan Metropolis–Hastings for the Ising model (Metropolis et al., 1953).
 *
 * <p>One step picks a site uniformly at random, proposes to flip it and accepts with probability
 * min(1, exp(−β ΔE)), where ΔE = 2 s_i (J Σ_j s_j + h) comes from the four neighbours. Both boundary
 * conditions of {@link IsingModel} are supported. The chain satisfies detailed balance for
 * p(s) ∝ exp(−β E(s)).
 *
 * <p>Cost per step: one {@code nextInt(N)} draw, plus one {@code nextDouble()} draw when ΔE &gt; 0. The
 * 18 possible acceptance probabilities (neighbour sum −4…4 times the two spin values) are tabulated once,
 * and energy and magnetisation are kept exactly as integer bond and spin sums. A move with ΔE = 0 is
 * always accepted: the random choice of site keeps the chain from cycling through stripe states the way
 * checkerboard sweeps would.
 */
public final class IsingRandomScanMetropolis extends IsingRandomScan {

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1
     */
    public IsingRandomScanMetropolis(IsingModel model, byte[] spins, UniformRandomProvider rng) {
        super(model, spins, rng, IsingFlipTables.metropolis(model, 1.0));
    }
}
