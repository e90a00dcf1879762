package org.mrfsampler.job;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.mrfsampler.sample.StoredSampleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Submits, looks up, cancels and deletes jobs. */
@Service
public class JobService {

    private static final Logger log = LoggerFactory.getLogger(JobService.class);

    private final JobRepository jobs;
    private final StoredSampleRepository samples;
    private final JobSpecResolver resolver;
    private final JobQueue queue;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    JobService(JobRepository jobs, StoredSampleRepository samples, JobSpecResolver resolver, JobQueue queue,
            ObjectMapper json, Clock clock) {
        this.jobs = jobs;
        this.samples = samples;
        this.resolver = resolver;
        this.queue = queue;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Validates the spec, stores the job as QUEUED and queues it. Nothing is stored for an invalid spec.
     *
     * @throws InvalidJobSpecException listing every invalid field
     */
    public Job submit(JobSpec spec) {
        ResolvedJobSpec resolved = resolver.resolve(spec);
        SamplerSpec sampler = resolved.spec().sampler();
        long seed = sampler.seed() != null ? sampler.seed() : seeds.nextLong();
        JobSpec stored = new JobSpec(resolved.spec().model(),
                new SamplerSpec(sampler.algorithm(), sampler.steps(), sampler.sweeps(), sampler.thin(), seed,
                        sampler.burnInSweeps()),
                resolved.spec().initialState());

        Job job = jobs.save(new Job(UUID.randomUUID(), stored.model().type(), json.writeValueAsString(stored), seed,
                resolved.model().rows(), resolved.model().cols(), resolved.length(), clock.instant()));
        log.info("Job {} queued: {} {}×{}, {} {} of {}, seed {}", job.getId(), job.getModelType(), job.getRows(),
                job.getCols(), job.getTotalSteps(), resolved.unit().name().toLowerCase(), sampler.algorithm(), seed);
        queue.enqueue(job.getId());
        return job;
    }

    /** @throws JobNotFoundException if there is no such job */
    public Job find(UUID id) {
        return jobs.findById(id).orElseThrow(() -> new JobNotFoundException(id));
    }

    /** Returns one page of jobs, newest first. */
    public Page<Job> list(int page, int size) {
        return jobs.findAll(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
    }

    /**
     * Cancels a QUEUED or RUNNING job. A running job stops at its next progress check and keeps the
     * samples stored until then.
     *
     * @throws JobStateException if the job has already finished
     */
    public Job cancel(UUID id) {
        Job job = find(id);
        if (jobs.cancel(id, clock.instant()) == 1) {
            log.info("Job {} cancelled on request (was {})", id, job.getStatus());
            return find(id);
        }
        throw new JobStateException("Job " + id + " is " + find(id).getStatus() + " and can no longer be cancelled");
    }

    /**
     * Deletes a finished job and its samples.
     *
     * @throws JobStateException if the job is still QUEUED or RUNNING
     */
    @Transactional
    public void delete(UUID id) {
        Job job = find(id);
        if (!job.getStatus().isFinished()) {
            throw new JobStateException("Job " + id + " is " + job.getStatus()
                    + "; cancel it with POST /api/jobs/" + id + "/cancel before deleting it");
        }
        int deletedSamples = samples.deleteByJobId(id);
        jobs.deleteById(id);
        log.info("Job {} deleted with its {} samples", id, deletedSamples);
    }

    /** Builds the API view of a job from its row, parsing the stored spec and statistics. */
    public JobResponse toResponse(Job job) {
        JobSpec spec = json.readValue(job.getSpec(), JobSpec.class);
        JobStatistics statistics = job.getStatistics() == null ? null
                : json.readValue(job.getStatistics(), JobStatistics.class);
        return JobResponse.of(job, spec, statistics);
    }
}
