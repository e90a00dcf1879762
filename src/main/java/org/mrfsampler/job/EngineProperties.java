package org.mrfsampler.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process sampling engine.
 *
 * @param threads worker threads, each running one job; 0 means one per available processor
 * @param kernelThreads threads one job may use inside a kernel that splits large lattices into blocks;
 *     0 means one per available processor. Results do not depend on it
 * @param chunkSiteUpdates site updates a worker does between two checks for cancellation and progress
 * @param flushInterval longest time between two writes of a running job's progress
 * @param batchBytes packed spin bytes a worker buffers before it writes them to the database
 */
@ConfigurationProperties("mrf.engine")
public record EngineProperties(
        @DefaultValue("0") int threads,
        @DefaultValue("0") int kernelThreads,
        @DefaultValue("1048576") long chunkSiteUpdates,
        @DefaultValue("500ms") Duration flushInterval,
        @DefaultValue("4194304") long batchBytes) {

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public int effectiveKernelThreads() {
        return kernelThreads > 0 ? kernelThreads : Runtime.getRuntime().availableProcessors();
    }
}
