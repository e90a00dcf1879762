package org.mrfsampler.oracle;

import java.util.Locale;
import org.mrfsampler.stats.SeriesSummary;

/**
 * Outcome of comparing one sampled mean with its exact value.
 *
 * @param label kernel, case and quantity
 * @param seed seed of the run, enough to repeat it
 * @param exact exact expectation
 * @param summary batch-means estimates of the measured series
 */
record CheckResult(String label, long seed, double exact, SeriesSummary summary) {

    /**
     * Checks that the error estimate can be trusted: at least {@value OracleRun#MIN_BATCHES} batches,
     * each longer than {@value OracleRun#MIN_BATCH_LENGTH_IN_TAU} integrated autocorrelation times. Batches
     * shorter than τ_int make the estimated τ_int come out near b/2, which fails this condition.
     */
    boolean batchesLongEnough() {
        double tau = summary.integratedAutocorrelationTime();
        return summary.batchCount() >= OracleRun.MIN_BATCHES && Double.isFinite(tau)
                && summary.batchSize() >= OracleRun.MIN_BATCH_LENGTH_IN_TAU * tau;
    }

    /** Returns |estimate − exact| in standard errors. */
    double deviationInErrors() {
        return Math.abs(summary.mean() - exact) / summary.standardError();
    }

    boolean withinTolerance() {
        return deviationInErrors() <= OracleRun.TOLERANCE_IN_ERRORS;
    }

    boolean passed() {
        return batchesLongEnough() && withinTolerance();
    }

    String describe() {
        return String.format(Locale.ROOT,
                "%s seed=%d: estimate %.6f ± %.2e, exact %.6f, deviation %.2f SE (limit %.1f); tau_int %.2f sweeps,"
                        + " %d batches of %d sweeps (need >= %d batches of >= %.0f tau_int)",
                label, seed, summary.mean(), summary.standardError(), exact, deviationInErrors(),
                OracleRun.TOLERANCE_IN_ERRORS, summary.integratedAutocorrelationTime(), summary.batchCount(),
                summary.batchSize(), OracleRun.MIN_BATCHES, OracleRun.MIN_BATCH_LENGTH_IN_TAU);
    }
}
