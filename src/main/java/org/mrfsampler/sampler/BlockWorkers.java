package org.mrfsampler.sampler;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs the independent blocks of one kernel phase on the calling thread and on helper threads from one
 * pool that all chains share.
 *
 * <p>Chains have no close method, so a chain must not own threads. The shared pool has one daemon thread
 * per available processor, and its threads exit after {@value #IDLE_SECONDS} s without work, so an idle
 * service keeps no kernel threads. The caller always works on the blocks itself and helpers only claim
 * blocks that are still unclaimed. A phase therefore finishes even when the pool is busy with other
 * chains, and a helper that starts after the phase has ended returns at once.
 *
 * <p>Which thread runs a block never changes the result: each block must depend only on its index and on
 * state that no other block of the same phase writes.
 */
final class BlockWorkers {

    static final long IDLE_SECONDS = 30;

    private BlockWorkers() {
    }

    /** Holds the pool, which is created on first use so that small-lattice runs never start it. */
    private static final class Pool {
        static final ThreadPoolExecutor EXECUTOR = newExecutor();

        private static ThreadPoolExecutor newExecutor() {
            int size = Runtime.getRuntime().availableProcessors();
            AtomicInteger created = new AtomicInteger();
            ThreadFactory factory = task -> {
                Thread thread = new Thread(task, "mrf-kernel-worker-" + created.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            ThreadPoolExecutor executor = new ThreadPoolExecutor(size, size, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), factory);
            executor.allowCoreThreadTimeOut(true);
            return executor;
        }
    }

    /**
     * Calls {@code block.accept(i)} once for every i in [0, blockCount), using at most {@code threads}
     * threads including the caller, and returns when all calls have returned.
     *
     * @throws RuntimeException or Error that a block threw, after all other blocks have finished
     */
    static void forEachBlock(int blockCount, int threads, IntConsumer block) {
        int helpers = Math.min(threads, blockCount) - 1;
        if (helpers <= 0) {
            for (int index = 0; index < blockCount; index++) {
                block.accept(index);
            }
            return;
        }
        Phase phase = new Phase(blockCount, block, Thread.currentThread());
        for (int helper = 0; helper < helpers; helper++) {
            Pool.EXECUTOR.execute(phase::claimBlocks);
        }
        phase.claimBlocks();
        phase.awaitBlocks();
        phase.rethrowFailure();
    }

    /** One call of {@link #forEachBlock}: the next unclaimed block and the blocks not yet finished. */
    private static final class Phase {
        private final int blockCount;
        private final IntConsumer block;
        private final Thread caller;
        private final AtomicInteger nextBlock = new AtomicInteger();
        private final AtomicInteger unfinished;
        private volatile Throwable failure;

        Phase(int blockCount, IntConsumer block, Thread caller) {
            this.blockCount = blockCount;
            this.block = block;
            this.caller = caller;
            this.unfinished = new AtomicInteger(blockCount);
        }

        void claimBlocks() {
            int index;
            while ((index = nextBlock.getAndIncrement()) < blockCount) {
                try {
                    block.accept(index);
                } catch (Throwable thrown) {
                    // Kept for the caller, which would otherwise wait for this block forever.
                    failure = thrown;
                } finally {
                    // The decrement publishes the block's writes to the caller that reads the counter.
                    if (unfinished.decrementAndGet() == 0) {
                        LockSupport.unpark(caller);
                    }
                }
            }
        }

        void awaitBlocks() {
            while (unfinished.get() > 0) {
                LockSupport.park(this);
            }
        }

        void rethrowFailure() {
            Throwable thrown = failure;
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            if (thrown != null) {
                throw new IllegalStateException("kernel block failed", thrown);
            }
        }
    }
}
