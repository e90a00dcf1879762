package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.IsingModel;

/**
 * Checkerboard-sweep Metropolis for the Ising model: one step is one sweep that visits every site with
 * (r + c) even and then every site with (r + c) odd, proposing to flip each visited spin. Both boundary
 * conditions of {@link IsingModel} are supported. {@link IsingCheckerboardSweep} describes how large
 * lattices are split across threads.
 *
 * <p>A flip with ΔE = 2 s_i (J Σ_j s_j + h) ≠ 0 is accepted with probability min(1, exp(−β ΔE)). A flip
 * with ΔE = 0 is accepted with probability ½, not 1 as in plain Metropolis. On a periodic lattice at low
 * temperature, plain Metropolis sweeps can cycle for ever: in a state of alternating rows every site has
 * ΔE = 0, so one sweep flips all of them and the next sweep flips them back. Any acceptance a(0) in
 * (0, 1] keeps detailed balance, because a(ΔE) / a(−ΔE) = exp(−β ΔE) still holds for every move.
 *
 * <p>Cost per site visit: one table look-up, plus one {@code nextDouble()} draw when ΔE ≥ 0. Energy and
 * magnetisation are kept exactly as integer bond and spin sums.
 */
public final class IsingCheckerboardMetropolis extends IsingCheckerboardSweep {

    /** Acceptance probability a(0) of a flip that leaves the energy unchanged. */
    static final double ZERO_DELTA_ACCEPTANCE = 0.5;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @param rng the chain's generator, which must be jumpable for lattices of at least
     *     {@value IsingCheckerboardSweep#BLOCK_THRESHOLD} sites
     * @param threads maximum number of threads one half-sweep may use. The spins do not depend on it
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1, if
     *     {@code threads} is below 1, or if the lattice is large and {@code rng} is not jumpable
     */
    public IsingCheckerboardMetropolis(IsingModel model, byte[] spins, UniformRandomProvider rng, int threads) {
        this(model, spins, rng, threads, ZERO_DELTA_ACCEPTANCE);
    }

    /**
     * Creates the chain with a chosen a(0). A value of 1 gives plain Metropolis.
     *
     * @throws IllegalArgumentException as the public constructor, or if {@code zeroDeltaAcceptance} is
     *     not in (0, 1]
     */
    IsingCheckerboardMetropolis(IsingModel model, byte[] spins, UniformRandomProvider rng, int threads,
            double zeroDeltaAcceptance) {
        super(model, spins, rng, threads, IsingFlipTables.metropolis(model, zeroDeltaAcceptance));
    }
}
