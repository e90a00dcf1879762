package org.mrfsampler.stats;

/**
 * Snapshot of the estimates of a {@link BatchMeansEstimator}; see there for the methods and for when a
 * value is {@code NaN}.
 *
 * @param count number of values n
 * @param mean mean of the n values
 * @param standardError batch-means standard error of the mean
 * @param integratedAutocorrelationTime τ_int in units of the series spacing, ½ for uncorrelated data
 * @param effectiveSampleSize n / (2τ_int)
 * @param batchSize batch length b the error estimates were computed with
 * @param batchCount number of full batches the error estimates were computed from
 */
public record SeriesSummary(long count, double mean, double standardError, double integratedAutocorrelationTime,
        double effectiveSampleSize, long batchSize, int batchCount) {
}
