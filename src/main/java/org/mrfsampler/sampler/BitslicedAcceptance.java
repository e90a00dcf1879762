package org.mrfsampler.sampler;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact Metropolis decisions for 64 sites at once, one site per bit of a {@code long}.
 *
 * <p>Each site falls into one of six classes: ΔE &lt; 0 (always accepted), or m = 0, 1, 2, 3, 4 with
 * acceptance probability {@code probabilities[m]}. For every site whose probability is strictly between 0
 * and 1, the site's bit in successive random words forms the binary digits of a uniform fraction U, most
 * significant first. The site is accepted when U &lt; p, and this is decided at the first digit where U
 * and p differ. Each random word serves all 64 sites, and drawing stops as soon as every site is decided.
 * Sites still undecided after the last 1 digit of their p have U ≥ p and are rejected. U = p has
 * probability zero. So the acceptance probability is exactly the double value p, and no draw is made
 * for sites whose p is 0 or 1.
 *
 * <p>Cost per call: E[draws] ≈ log2(n) + 1.3 {@code nextLong()} calls for n undecided sites, zero when
 * n = 0.
 */
final class BitslicedAcceptance {

    static final int CLASSES = 5;

    /** Per class m, −1 if its probability is 1 and 0 otherwise. */
    private final long[] certain = new long[CLASSES];
    /** Per class m, −1 if its probability is strictly between 0 and 1 and 0 otherwise. */
    private final long[] uncertain = new long[CLASSES];
    /** Binary digit d (d = 1 for 2^−1) of class m's probability, as 0 or −1, at {@code (d − 1)·CLASSES + m}. */
    private final long[] digits;
    private final int digitCount;

    /**
     * @param probabilities the acceptance probability of each class m = 0…4
     * @throws IllegalArgumentException if there are not 5 probabilities or one lies outside [0, 1]
     */
    BitslicedAcceptance(double[] probabilities) {
        if (probabilities.length != CLASSES) {
            throw new IllegalArgumentException("need " + CLASSES + " probabilities, got " + probabilities.length);
        }
        long[][] expansions = new long[CLASSES][];
        int maxDigits = 0;
        for (int m = 0; m < CLASSES; m++) {
            double p = probabilities[m];
            if (!(p >= 0.0 && p <= 1.0)) {
                throw new IllegalArgumentException("probability of class " + m + " must lie in [0, 1], got " + p);
            }
            certain[m] = p == 1.0 ? -1L : 0L;
            uncertain[m] = p > 0.0 && p < 1.0 ? -1L : 0L;
            expansions[m] = p > 0.0 && p < 1.0 ? binaryDigits(p) : new long[0];
            maxDigits = Math.max(maxDigits, expansions[m].length);
        }
        digitCount = maxDigits;
        digits = new long[maxDigits * CLASSES];
        for (int m = 0; m < CLASSES; m++) {
            for (int d = 0; d < expansions[m].length; d++) {
                digits[d * CLASSES + m] = expansions[m][d];
            }
        }
    }

    /**
     * Returns the binary digits of p ∈ [0, 1) after the point, as 0 or −1 words, up to its last 1 digit.
     * Doubling and subtracting 1 are exact in binary floating point, so the digits are those of the
     * double value itself. A double has at most 1074 of them.
     */
    static long[] binaryDigits(double p) {
        if (!(p >= 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("p must lie in [0, 1), got " + p);
        }
        long[] out = new long[1100];
        int count = 0;
        double rest = p;
        while (rest != 0.0) {
            rest *= 2.0;
            if (rest >= 1.0) {
                out[count] = -1L;
                rest -= 1.0;
            }
            count++;
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Decides 64 sites and returns the mask of accepted ones. The class masks must be disjoint. Bits that
     * are in none of them are not sites to update, and they come back 0.
     *
     * @param negative sites with ΔE &lt; 0, always accepted
     */
    long acceptedBits(long negative, long m0, long m1, long m2, long m3, long m4, UniformRandomProvider rng) {
        long[] always = certain;
        long[] drawn = uncertain;
        long accept = negative | (m0 & always[0]) | (m1 & always[1]) | (m2 & always[2]) | (m3 & always[3])
                | (m4 & always[4]);
        long undecided = (m0 & drawn[0]) | (m1 & drawn[1]) | (m2 & drawn[2]) | (m3 & drawn[3]) | (m4 & drawn[4]);
        long[] table = digits;
        int end = digitCount * CLASSES;
        for (int at = 0; undecided != 0 && at < end; at += CLASSES) {
            long random = rng.nextLong();
            long p = (m0 & table[at]) | (m1 & table[at + 1]) | (m2 & table[at + 2]) | (m3 & table[at + 3])
                    | (m4 & table[at + 4]);
            // Where the digits differ, U < p if U has the 0 and p the 1, and U > p otherwise.
            accept |= undecided & p & ~random;
            undecided &= ~(p ^ random);
        }
        return accept;
    }
}
