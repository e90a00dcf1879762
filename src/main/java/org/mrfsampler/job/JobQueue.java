package org.mrfsampler.job;

import java.util.UUID;

/**
 * Hands QUEUED jobs to workers. The in-process implementation runs them on a local thread pool; a
 * database-backed scheduler shared by several nodes can take its place, because workers claim a job
 * through {@link JobRepository#claim} before running it.
 */
public interface JobQueue {

    /** Schedules a QUEUED job to run once a worker is free. */
    void enqueue(UUID jobId);
}
