package org.mrfsampler.stats;

/**
 * Streaming estimator of the mean of one scalar time series x_1, x_2, … and of its statistical error,
 * in O(1) memory whatever the length of the series.
 *
 * <p>Method: non-overlapping batch means with pairwise blocking as in Flyvbjerg and Petersen, J. Chem.
 * Phys. 91, 461 (1989), run online. The series is cut into consecutive batches of b values. Whenever
 * {@value #MAX_BATCHES} batches are full, adjacent pairs are merged and b doubles, so b is a power of two
 * and {@value #MIN_BATCHES} to {@value #MAX_BATCHES} − 1 full batches are kept, plus one partial batch that
 * enters the mean but not the error estimates. With σ² the sample variance of all values and s_b² the
 * sample variance of the full-batch means:
 * <ul>
 *   <li>integrated autocorrelation time τ_int = b s_b² / (2σ²), with the convention
 *       τ_int = ½ + Σ_{t≥1} ρ(t), so τ_int = ½ for uncorrelated data and b s_b² estimates 2τ_int σ²;</li>
 *   <li>standard error of the mean sqrt(b s_b² / n) = sqrt(2τ_int σ² / n);</li>
 *   <li>effective sample size n / (2τ_int).</li>
 * </ul>
 *
 * <p>Valid range: the error estimates are consistent only when b is much longer than τ_int (their bias is
 * of relative order τ_int / b) and their relative statistical error is about sqrt(2 / (k − 1)) for k full
 * batches, so 13 to 18 %. Callers that need a reliable error should check {@code batchSize()} against
 * the estimated τ_int (for example b ≥ 10 τ_int). Batches that are too short make τ_int come out near b/2,
 * which such a check rejects.
 *
 * <p>Before {@value #MIN_COUNT} values (the first merge) the error estimates are {@code NaN}. A series
 * whose values are all equal has standard error 0 and an undefined τ_int and effective sample size
 * ({@code NaN}). Anticorrelated series can give τ_int &lt; ½ and an effective sample size above n.
 *
 * <p>Cost per value: a few floating-point operations, no allocation. Not thread-safe; publish
 * {@link #summary()} snapshots to other threads.
 */
public final class BatchMeansEstimator {

    /** Number of full batches at which adjacent pairs are merged. */
    public static final int MAX_BATCHES = 128;

    /** Number of full batches right after a merge, and the minimum once error estimates are available. */
    public static final int MIN_BATCHES = MAX_BATCHES / 2;

    /** Number of values from which the error estimates are defined: the first merge happens there. */
    public static final long MIN_COUNT = MAX_BATCHES;

    /** Sums of (x − shift) over each full batch, in series order. */
    private final double[] batchSums = new double[MAX_BATCHES];
    private int batchCount;
    private long batchSize = 1;
    private double partialSum;
    private long partialCount;

    private long count;
    private double mean;
    /** Welford's running sum of squared deviations from the mean. */
    private double squaredDeviations;
    /** The first value, subtracted from every batch sum so that long batches lose no precision to the mean. */
    private double shift;

    /**
     * Adds the next value of the series.
     *
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("series values must be finite, got " + value);
        }
        if (count == 0) {
            shift = value;
        }
        count++;
        double delta = value - mean;
        mean += delta / count;
        squaredDeviations += delta * (value - mean);

        partialSum += value - shift;
        partialCount++;
        if (partialCount == batchSize) {
            batchSums[batchCount++] = partialSum;
            partialSum = 0;
            partialCount = 0;
            if (batchCount == MAX_BATCHES) {
                mergeAdjacentBatches();
            }
        }
    }

    private void mergeAdjacentBatches() {
        for (int i = 0; i < MIN_BATCHES; i++) {
            batchSums[i] = batchSums[2 * i] + batchSums[2 * i + 1];
        }
        batchCount = MIN_BATCHES;
        batchSize *= 2;
    }

    /** Returns the number of values added. */
    public long count() {
        return count;
    }

    /** Returns the mean of all values added, or {@code NaN} if there are none. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** Returns the sample variance σ² of all values (divisor n − 1), or {@code NaN} below two values. */
    public double variance() {
        return count < 2 ? Double.NaN : squaredDeviations / (count - 1);
    }

    /** Returns the current batch length b: 1 until the first merge, then a power of two. */
    public long batchSize() {
        return batchSize;
    }

    /** Returns the number of full batches stored, at most {@value #MAX_BATCHES} − 1 between calls to add. */
    public int batchCount() {
        return batchCount;
    }

    /**
     * Returns the standard error of {@link #mean()}, sqrt(b s_b² / n), or {@code NaN} below
     * {@value #MIN_COUNT} values.
     */
    public double standardError() {
        if (count < MIN_COUNT) {
            return Double.NaN;
        }
        return Math.sqrt(batchSize * batchMeansVariance() / count);
    }

    /**
     * Returns τ_int = b s_b² / (2σ²) in units of the spacing of the series, ½ for uncorrelated data. It is
     * {@code NaN} below {@value #MIN_COUNT} values and when all values are equal.
     */
    public double integratedAutocorrelationTime() {
        if (count < MIN_COUNT) {
            return Double.NaN;
        }
        double variance = variance();
        if (variance == 0) {
            return Double.NaN;
        }
        return batchSize * batchMeansVariance() / (2 * variance);
    }

    /**
     * Returns the effective sample size n / (2τ_int), or {@code NaN} where τ_int is, and positive infinity
     * when the batch means are all equal but the values are not.
     */
    public double effectiveSampleSize() {
        return count / (2 * integratedAutocorrelationTime());
    }

    /** Returns an immutable snapshot of the current estimates. */
    public SeriesSummary summary() {
        return new SeriesSummary(count, mean(), standardError(), integratedAutocorrelationTime(),
                effectiveSampleSize(), batchSize, batchCount);
    }

    /** Computes s_b², the sample variance of the full-batch means (divisor k − 1). */
    private double batchMeansVariance() {
        double meanOfSums = 0;
        for (int i = 0; i < batchCount; i++) {
            meanOfSums += batchSums[i];
        }
        meanOfSums /= batchCount;
        double squares = 0;
        for (int i = 0; i < batchCount; i++) {
            double deviation = batchSums[i] - meanOfSums;
            squares += deviation * deviation;
        }
        // The shift cancels in the deviations; dividing the sums by b turns them into batch means.
        return squares / ((batchCount - 1) * (double) batchSize * batchSize);
    }
}
