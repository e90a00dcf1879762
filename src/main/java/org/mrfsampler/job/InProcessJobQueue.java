package org.mrfsampler.job;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Runs jobs on a fixed pool of worker threads in this process, first in, first out. */
@Component
class InProcessJobQueue implements JobQueue, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InProcessJobQueue.class);

    private final ExecutorService workers;
    private final JobExecution execution;

    InProcessJobQueue(EngineProperties properties, JobExecution execution) {
        this.execution = execution;
        int threads = properties.effectiveThreads();
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                workerThreads());
        log.info("Sampling engine started with {} worker threads", threads);
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sampler-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void enqueue(UUID jobId) {
        workers.execute(() -> execution.run(jobId));
    }

    /** Interrupts running jobs; they stay RUNNING in the database and are requeued at the next start. */
    @Override
    public void destroy() throws InterruptedException {
        log.info("Sampling engine stopping; running jobs will restart when the service starts again");
        workers.shutdownNow();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("Sampling engine: workers still running 10 s after shutdown was requested");
        }
    }
}
