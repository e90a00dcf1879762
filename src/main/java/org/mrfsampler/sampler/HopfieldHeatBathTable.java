package org.mrfsampler.sampler;

/**
 * Heat-bath probability for the Hopfield site kernels. With the other spins fixed, the energy terms that
 * contain s_i are −s_i·g/N, where the integer g = Σ_μ x_μi Σ_{j≠i} x_μj s_j = h_i − P s_i is the local
 * field without the site's own contribution. So E(s_i = +1) − E(s_i = −1) = −2g/N, and the conditional
 * probability of s_i = +1 is π(g) = 1 / (1 + exp(−c·g)) with c = 2β/N. It depends on g alone and is
 * tabulated over g in [−T, T].
 *
 * <p>T is the smallest of three bounds: the largest g with c·g &lt; 60 ln 2, beyond which π(−g) is below
 * 2⁻⁶⁰ and π(g) rounds to 1; the largest |g| any state can have, P(N − 1); and
 * {@link HopfieldMetropolisTable#MAX_TABLE_LENGTH} − 1, which caps the memory at 256 KiB when β is small.
 * Entries are computed on first use.
 *
 * <p>Outside the table the decision {@code u < π(g)} is first taken against the nearest tabulated bound:
 * π is computed by operations that are each monotone ({@link Math#exp} is semi-monotonic by its
 * specification, and IEEE addition and division round monotonically), so π(g) ≥ π(T + 1) for g &gt; T and
 * π(g) ≤ π(−T − 1) for g &lt; −T. Only a draw between the bound and the exact value needs {@code exp}. Every
 * decision equals the one from comparing u with π(g) directly.
 */
final class HopfieldHeatBathTable {

    private final double rate;
    /** π(g) at index g + T; 0.0 marks an entry not computed yet (every tabulated π is at least 2⁻⁶⁰). */
    private final double[] probabilities;
    private final int tableMax;
    private final double upperTailBound;
    private final double lowerTailBound;

    /**
     * @param betaTimesTwoOverN c = 2β/N, finite and non-negative
     * @param maxField the largest |g| that can occur, P(N − 1)
     */
    HopfieldHeatBathTable(double betaTimesTwoOverN, long maxField) {
        this.rate = betaTimesTwoOverN;
        double negligibleBeyond = 60 * Math.log(2) / betaTimesTwoOverN;
        this.tableMax = (int) Math.max(0, Math.min(Math.floor(negligibleBeyond),
                Math.min(maxField, HopfieldMetropolisTable.MAX_TABLE_LENGTH - 1)));
        this.probabilities = new double[2 * tableMax + 1];
        this.upperTailBound = probabilityOfUp(tableMax + 1);
        this.lowerTailBound = probabilityOfUp(-tableMax - 1);
    }

    /** Decides whether the site is set to +1 (otherwise −1), given its field g and a uniform draw u in [0, 1). */
    boolean setsUp(int field, double u) {
        if (field >= -tableMax && field <= tableMax) {
            int index = field + tableMax;
            double probability = probabilities[index];
            if (probability == 0.0) {
                probability = probabilityOfUp(field);
                probabilities[index] = probability;
            }
            return u < probability;
        }
        if (field > 0) {
            return u < upperTailBound || u < probabilityOfUp(field);
        }
        return u < lowerTailBound && u < probabilityOfUp(field);
    }

    private double probabilityOfUp(int field) {
        return 1.0 / (1.0 + Math.exp(-rate * field));
    }
}
