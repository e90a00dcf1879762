package org.mrfsampler.oracle;

import java.util.List;
import org.mrfsampler.model.SpinModel;
import org.mrfsampler.stats.BatchMeansEstimator;

/**
 * A model with exact expectations, and how long to sample it.
 *
 * @param name label for logs, display names and the seed
 * @param model the model to sample
 * @param observables quantities measured once per sweep, with their exact values
 * @param spectrum exact energy-level probabilities to compare with the visit frequencies, or null
 * @param burnInSweeps sweeps discarded before measuring
 * @param batchLengthExponent e such that the run measures (MAX_BATCHES − 1)·2^e sweeps. The estimator
 *     then ends with 127 full batches of 2^e sweeps, the most batches that a run of that length can have,
 *     which gives the most accurate error estimate
 */
record OracleCase(String name, SpinModel model, List<ExactObservable> observables, EnergySpectrum spectrum,
        int burnInSweeps, int batchLengthExponent) {

    long measuredSweeps() {
        return (long) (BatchMeansEstimator.MAX_BATCHES - 1) << batchLengthExponent;
    }

    @Override
    public String toString() {
        return name;
    }
}
