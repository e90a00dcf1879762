package org.mrfsampler.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Upper bounds on what one job may ask for, so that a single request cannot exhaust memory or disk.
 *
 * @param maxRows largest lattice height
 * @param maxCols largest lattice width
 * @param maxPatterns most Hopfield patterns in one model
 * @param maxSamples most stored samples per job (steps / thin)
 * @param maxStoredBits most stored spins per job (samples × rows × cols), one bit each
 */
@ConfigurationProperties("mrf.limits")
public record JobLimits(
        @DefaultValue("4096") int maxRows,
        @DefaultValue("4096") int maxCols,
        @DefaultValue("100") int maxPatterns,
        @DefaultValue("100000") long maxSamples,
        @DefaultValue("2147483648") long maxStoredBits) {
}
