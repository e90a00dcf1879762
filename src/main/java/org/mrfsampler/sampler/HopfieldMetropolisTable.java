package org.mrfsampler.sampler;

/**
 * Metropolis acceptance for the Hopfield site kernels. Flipping s_i costs β ΔE_i = c·d with c = 2β/N and
 * the integer d = s_i h_i − P, so the acceptance probability exp(−c·d) of an uphill move (d ≥ 1) depends on
 * d alone and is tabulated over d in [1, T].
 *
 * <p>T is the smallest of three bounds: the largest d with c·d &lt; 60 ln 2, beyond which the probability is
 * below 2⁻⁶⁰; the largest d any state can have, P(N − 1); and {@link #MAX_TABLE_LENGTH}, which caps the
 * memory at 128 KiB when β is small. Entries are computed on first use, so a chain pays only for the
 * values of d it visits.
 *
 * <p>For d &gt; T the decision {@code u < exp(−c·d)} is first taken against
 * {@code tailBound = exp(−c·(T + 1))}: the product c·d grows with d and {@link Math#exp} is semi-monotonic
 * by its specification, so exp(−c·d) ≤ tailBound and {@code u >= tailBound} rejects without calling
 * {@code exp}. When T is set by the 2⁻⁶⁰ bound, {@code exp} is called with probability at most 2⁻⁶⁰ per
 * such move. Every decision equals the one from comparing u with {@code Math.exp(-c * d)} directly, so the
 * table changes the speed of a chain and never its states.
 */
final class HopfieldMetropolisTable {

    /** Maximum table length T + 1: 2¹⁴ doubles, 128 KiB. */
    static final int MAX_TABLE_LENGTH = 1 << 14;

    private final double rate;
    /** exp(−c·d) at index d for d in [1, T]; 0.0 marks an entry not computed yet (every probability is positive). */
    private final double[] probabilities;
    private final int tableMax;
    private final double tailBound;

    /**
     * @param betaTimesTwoOverN c = 2β/N, finite and non-negative
     * @param maxDelta the largest d that can occur, P(N − 1)
     */
    HopfieldMetropolisTable(double betaTimesTwoOverN, long maxDelta) {
        this.rate = betaTimesTwoOverN;
        double negligibleBeyond = 60 * Math.log(2) / betaTimesTwoOverN;
        this.tableMax = (int) Math.max(0, Math.min(Math.floor(negligibleBeyond),
                Math.min(maxDelta, MAX_TABLE_LENGTH - 1)));
        this.probabilities = new double[tableMax + 1];
        this.tailBound = Math.exp(-rate * (tableMax + 1));
    }

    /** Decides whether the move with d ≥ 1 is accepted, given a uniform draw u in [0, 1). */
    boolean accepts(int delta, double u) {
        if (delta <= tableMax) {
            double probability = probabilities[delta];
            if (probability == 0.0) {
                probability = fill(delta);
            }
            return u < probability;
        }
        return u < tailBound && u < Math.exp(-rate * delta);
    }

    private double fill(int delta) {
        double probability = Math.exp(-rate * delta);
        probabilities[delta] = probability;
        return probability;
    }
}
