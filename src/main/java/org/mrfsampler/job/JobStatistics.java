package org.mrfsampler.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Running statistics of a job's observables, measured once per sweep over the whole run so far (the
 * burn-in included), with errors from batch means.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Per-sweep statistics of the observables; absMagnetization for Ising, absOverlap (|q| with"
        + " the first pattern) for Hopfield")
public record JobStatistics(Observable energyPerSite, Observable absMagnetization, Observable absOverlap) {

    /**
     * Mean, standard error, integrated autocorrelation time (in sweeps, ½ for uncorrelated data) and
     * effective sample size of one observable. The last three are null until 128 sweeps are measured.
     */
    public record Observable(long count, Double mean, Double standardError, Double integratedAutocorrelationTime,
            Double effectiveSampleSize) {
    }
}
