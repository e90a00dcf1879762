package org.mrfsampler.job;

import java.util.List;
import org.mrfsampler.sample.StoredSampleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resumes the work of a previous run at start-up: jobs left RUNNING restart from step 0 (their seed makes
 * the rerun identical), and QUEUED jobs are queued again in submission order.
 */
@Component
class JobRecovery {

    private static final Logger log = LoggerFactory.getLogger(JobRecovery.class);

    private final JobRepository jobs;
    private final StoredSampleRepository samples;
    private final JobQueue queue;
    private final TransactionTemplate transactions;

    JobRecovery(JobRepository jobs, StoredSampleRepository samples, JobQueue queue, TransactionTemplate transactions) {
        this.jobs = jobs;
        this.samples = samples;
        this.queue = queue;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinishedJobs() {
        List<Job> unfinished = jobs.findByStatusInOrderByCreatedAtAsc(List.of(JobStatus.QUEUED, JobStatus.RUNNING));
        for (Job job : unfinished) {
            if (job.getStatus() == JobStatus.RUNNING) {
                transactions.executeWithoutResult(status -> {
                    samples.deleteByJobId(job.getId());
                    jobs.requeue(job.getId());
                });
                log.info("Job {} was running when the service stopped; restarting it from step 0", job.getId());
            }
            queue.enqueue(job.getId());
        }
        if (!unfinished.isEmpty()) {
            log.info("Resumed {} unfinished jobs from the previous run", unfinished.size());
        }
    }
}
