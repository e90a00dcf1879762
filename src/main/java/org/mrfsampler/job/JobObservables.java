package org.mrfsampler.job;

import org.mrfsampler.sampler.MarkovChain;
import org.mrfsampler.stats.BatchMeansEstimator;

/** Accumulates the per-sweep observables of one running job in constant memory. */
final class JobObservables {

    /** Minimum number of full batches for a trusted error, as in the oracle tests. */
    private static final int MIN_RELIABLE_BATCHES = 32;
    /** Shortest batch, in integrated autocorrelation times, for a trusted error. */
    private static final double MIN_RELIABLE_BATCH_TAUS = 10.0;

    private final BatchMeansEstimator energyPerSite = new BatchMeansEstimator();
    private final BatchMeansEstimator order = new BatchMeansEstimator();
    private final boolean patterns;
    private final long burnInSweeps;
    private final int sites;
    private long sweepsSeen;

    /**
     * @param patterns whether the model has patterns, so that |q| is measured in place of |m|
     * @param burnInSweeps sweeps to leave out at the start of the run
     * @param sites the number of spins N, given here because {@code chain.spins()} costs O(N) for kernels
     *     that keep their spins packed
     */
    JobObservables(boolean patterns, long burnInSweeps, int sites) {
        this.patterns = patterns;
        this.burnInSweeps = burnInSweeps;
        this.sites = sites;
    }

    /** Records energy per site and |m|, or |q| with the first pattern for a Hopfield network, after the burn-in. */
    void measure(MarkovChain chain) {
        sweepsSeen++;
        if (sweepsSeen <= burnInSweeps) {
            return;
        }
        energyPerSite.add(chain.energy() / sites);
        order.add(patterns ? Math.abs(chain.patternOverlaps()[0]) : Math.abs(chain.magnetization()));
    }

    boolean isEmpty() {
        return energyPerSite.count() == 0;
    }

    JobStatistics snapshot() {
        JobStatistics.Observable orderSummary = summarize(order);
        return new JobStatistics(summarize(energyPerSite), patterns ? null : orderSummary, patterns ? orderSummary : null);
    }

    private static JobStatistics.Observable summarize(BatchMeansEstimator estimator) {
        double tau = estimator.integratedAutocorrelationTime();
        Boolean reliable = Double.isFinite(tau)
                ? estimator.batchCount() >= MIN_RELIABLE_BATCHES && estimator.batchSize() >= MIN_RELIABLE_BATCH_TAUS * tau
                : null;
        return new JobStatistics.Observable(estimator.count(), finiteOrNull(estimator.mean()),
                finiteOrNull(estimator.standardError()), finiteOrNull(tau),
                finiteOrNull(estimator.effectiveSampleSize()), estimator.batchSize(), reliable);
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
