package org.mrfsampler.job;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.PackedSpins;
import org.mrfsampler.sample.StoredSample;
import org.mrfsampler.sample.StoredSampleRepository;
import org.mrfsampler.sampler.ChainRunner;
import org.mrfsampler.sampler.MarkovChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs one job on the calling thread: claims it, samples, streams the thinned samples to the database in
 * batches together with the progress, and records how it ended. A failure ends the job FAILED and never
 * escapes to the worker pool.
 */
@Component
class JobExecution {

    private static final Logger log = LoggerFactory.getLogger(JobExecution.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final JobRepository jobs;
    private final StoredSampleRepository samples;
    private final JobSpecResolver resolver;
    private final ObjectMapper json;
    private final Clock clock;
    private final EngineProperties properties;
    private final TransactionTemplate transactions;

    JobExecution(JobRepository jobs, StoredSampleRepository samples, JobSpecResolver resolver, ObjectMapper json,
            Clock clock, EngineProperties properties, TransactionTemplate transactions) {
        this.jobs = jobs;
        this.samples = samples;
        this.resolver = resolver;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
    }

    void run(UUID jobId) {
        MDC.put("jobId", jobId.toString());
        try {
            int claimed = jobs.claim(jobId, clock.instant());
            if (claimed == 0) {
                log.debug("Job {} skipped: it is no longer QUEUED", jobId);
                return;
            }
            if (claimed > 1) {
                throw new IllegalStateException("claiming job " + jobId + " updated " + claimed + " rows");
            }
            sample(jobs.findById(jobId).orElseThrow());
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("Job {} failed: {}", jobId, e.toString(), e);
            jobs.finish(jobId, JobStatus.FAILED, clock.instant(), errorMessage(e));
        } finally {
            MDC.remove("jobId");
        }
    }

    private void sample(Job job) {
        ResolvedJobSpec resolved = resolver.resolve(json.readValue(job.getSpec(), JobSpec.class));
        String unit = resolved.unit().name().toLowerCase(Locale.ROOT);
        log.info("Job {} started: {} {}×{} with {}, {} {}, thin {}, seed {}", job.getId(), job.getModelType(),
                job.getRows(), job.getCols(), resolved.spec().sampler().algorithm(), resolved.length(), unit,
                resolved.thin(), job.getSeed());

        MarkovChain chain = resolved.newChain(job.getSeed(), properties.effectiveKernelThreads());
        try {
            int sites = resolved.model().size();
            JobObservables observables = new JobObservables(resolved.model() instanceof HopfieldModel,
                    resolved.spec().sampler().burnInSweeps(), sites);
            Recorder recorder = new Recorder(job.getId(), sites, observables);
            long done = new ChainRunner(properties.chunkSiteUpdates())
                    .run(chain, resolved.unit(), resolved.length(), resolved.thin(), recorder);
            boolean stillRunning = recorder.flush(done, chain);

            if (recorder.interrupted) {
                log.info("Job {} interrupted by shutdown after {} {}; it will be requeued when the service starts",
                        job.getId(), done, unit);
            } else if (!stillRunning) {
                log.info("Job {} cancelled after {} of {} {}", job.getId(), done, resolved.length(), unit);
            } else if (jobs.finish(job.getId(), JobStatus.SUCCEEDED, clock.instant(), null) == 1) {
                log.info("Job {} succeeded: {} {}, {} samples, acceptance rate {}", job.getId(), done, unit,
                        recorder.samplesStored,
                        String.format(Locale.ROOT, "%.4f", (double) chain.accepted() / Math.max(1, chain.proposals())));
            } else {
                log.info("Job {} was cancelled just before it finished", job.getId());
            }
        } finally {
            if (chain instanceof AutoCloseable closeable) {
                closeQuietly(job, closeable);
            }
        }
    }

    private static void closeQuietly(Job job, AutoCloseable chain) {
        try {
            chain.close();
        } catch (Exception e) {
            log.warn("Job {}: failed to release the kernel's worker threads: {}", job.getId(), e.toString());
        }
    }

    private static double sweeps(MarkovChain chain, int sites) {
        return (double) chain.siteUpdates() / sites;
    }

    private static String errorMessage(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH);
    }

    /** Buffers samples and writes them, with the progress, at most every flush interval or batch size. */
    private final class Recorder implements ChainRunner.Observer {

        private final UUID jobId;
        private final int sites;
        private final JobObservables observables;
        private final List<StoredSample> buffer = new ArrayList<>();
        private long bufferedBytes;
        private long samplesStored;
        private long lastFlushMillis;
        private boolean interrupted;

        Recorder(UUID jobId, int sites, JobObservables observables) {
            this.jobId = jobId;
            this.sites = sites;
            this.observables = observables;
            this.lastFlushMillis = clock.millis();
        }

        @Override
        public void onSample(long index, long step, MarkovChain chain) {
            byte[] packed = PackedSpins.pack(chain.spins());
            buffer.add(new StoredSample(jobId, index, step, sweeps(chain, sites), chain.energy(), chain.magnetization(), packed,
                    chain.patternOverlaps()));
            bufferedBytes += packed.length;
        }

        @Override
        public void onSweep(MarkovChain chain) {
            observables.measure(chain);
        }

        @Override
        public boolean onProgress(long stepsDone, MarkovChain chain) {
            if (Thread.currentThread().isInterrupted()) {
                interrupted = true;
                return false;
            }
            boolean due = clock.millis() - lastFlushMillis >= properties.flushInterval().toMillis();
            if (due || bufferedBytes >= properties.batchBytes()) {
                return flush(stepsDone, chain);
            }
            return true;
        }

        /** Writes buffered samples and progress in one transaction; returns false if the job was cancelled. */
        boolean flush(long stepsDone, MarkovChain chain) {
            if (interrupted) {
                return false;
            }
            long storedAfter = samplesStored + buffer.size();
            String statistics = observables.isEmpty() ? null : json.writeValueAsString(observables.snapshot());
            // The progress update comes first: it fails when the job was cancelled or deleted, and its row
            // lock keeps a concurrent delete from removing the job before the samples are in.
            Boolean running = transactions.execute(status -> {
                int updated = jobs.updateProgress(jobId, stepsDone, sweeps(chain, sites), chain.proposals(), chain.accepted(),
                        storedAfter, statistics);
                if (updated == 1) {
                    samples.saveAll(buffer);
                }
                return updated == 1;
            });
            buffer.clear();
            bufferedBytes = 0;
            lastFlushMillis = clock.millis();
            if (Boolean.TRUE.equals(running)) {
                samplesStored = storedAfter;
                log.debug("Job {} progress: {} steps, {} samples stored", jobId, stepsDone, samplesStored);
                return true;
            }
            return false;
        }
    }
}
