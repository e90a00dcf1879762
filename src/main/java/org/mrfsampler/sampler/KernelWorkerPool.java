package org.mrfsampler.sampler;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads that kernels use inside {@code advance}, shared by all chains in the JVM.
 *
 * <p>Callers drop chains without closing them, so a kernel must not own threads. This pool starts a daemon
 * thread when a task finds no idle one and stops a thread after {@value #IDLE_SECONDS} s without work.
 * Each chain submits at most {@code threads − 1} tasks at a time and does one share of the work itself, so
 * the pool grows with the number of chains running at once, not with the number of chains created. Daemon
 * threads do not keep the JVM alive.
 */
final class KernelWorkerPool {

    static final long IDLE_SECONDS = 30;

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /** Executor that hands each task to an idle thread or a new one, because a SynchronousQueue stores no task. */
    static final ExecutorService EXECUTOR = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS,
            TimeUnit.SECONDS, new SynchronousQueue<>(), KernelWorkerPool::newThread);

    private KernelWorkerPool() {
    }

    private static Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "mrf-kernel-worker-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
