package org.mrfsampler.job;

import org.mrfsampler.sampler.MarkovChain;
import org.mrfsampler.stats.BatchMeansEstimator;

/** Accumulates the per-sweep observables of one running job in constant memory. */
final class JobObservables {

    private final BatchMeansEstimator energyPerSite = new BatchMeansEstimator();
    private final BatchMeansEstimator order = new BatchMeansEstimator();
    private final boolean patterns;

    JobObservables(boolean patterns) {
        this.patterns = patterns;
    }

    /** Records energy per site and |m|, or |q| with the first pattern for a Hopfield network. */
    void measure(MarkovChain chain) {
        energyPerSite.add(chain.energy() / chain.spins().length);
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
        return new JobStatistics.Observable(estimator.count(), finiteOrNull(estimator.mean()),
                finiteOrNull(estimator.standardError()), finiteOrNull(estimator.integratedAutocorrelationTime()),
                finiteOrNull(estimator.effectiveSampleSize()));
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
