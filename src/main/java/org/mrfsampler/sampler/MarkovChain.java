package org.mrfsampler.sampler;

/**
 * A Markov chain over spin configurations that owns its state, its random streams and its running
 * observables. Implementations are not thread-safe: one thread drives a chain (a kernel may use worker
 * threads of its own inside {@link #advance}).
 *
 * <p>What one step is depends on the kernel and is stated in its Javadoc: one proposed single-site flip,
 * one sweep over all N sites, or one cluster flip. A sweep is N site updates; {@link #advanceSweeps}
 * lets callers compare kernels at equal work.
 */
public interface MarkovChain {

    /** Performs the given number of steps. */
    void advance(long steps);

    /**
     * Performs whole sweeps, each {@link #stepsPerSweep()} steps. Site kernels do exactly N site updates
     * per sweep; cluster kernels flip a fixed number of clusters that flips about N spins on average.
     */
    void advanceSweeps(long sweeps);

    /**
     * Returns the steps of one sweep, a constant of the chain: N for random-scan kernels, 1 for kernels
     * whose step is a sweep, and for cluster kernels a count fixed when the chain is created. It never
     * depends on the chain's current state, because measurements scheduled by a state-dependent rule would
     * be biased.
     */
    long stepsPerSweep();

    /** Returns the site updates done so far: proposals for site kernels, flipped spins for cluster kernels. */
    long siteUpdates();

    /**
     * Returns the live spin array (±1, row-major). It changes with every step; callers must not modify it.
     */
    byte[] spins();

    /** Returns the current total energy E, kept up to date by every accepted move. */
    double energy();

    /** Returns the current magnetisation per site, Σ_i s_i / N, in [−1, 1]. */
    double magnetization();

    /**
     * Returns the overlaps q_μ = x_μ·s / N with the stored patterns, in [−1, 1]; empty for models without
     * patterns.
     */
    default double[] patternOverlaps() {
        return new double[0];
    }

    /** Returns how many moves were proposed so far (for cluster kernels: cluster flips). */
    long proposals();

    /** Returns how many proposed moves were accepted so far. */
    long accepted();
}
