package org.mrfsampler.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class BlockWorkersTest {

    @Test
    void everyBlockRunsOnce() {
        for (int threads = 1; threads <= 4; threads++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(37);

            BlockWorkers.forEachBlock(37, threads, runs::incrementAndGet);

            for (int block = 0; block < 37; block++) {
                assertThat(runs.get(block)).as("runs of block %d with %d threads", block, threads).isEqualTo(1);
            }
        }
    }

    @Test
    void failureReachesCallerAfterOtherBlocks() {
        AtomicIntegerArray runs = new AtomicIntegerArray(20);

        assertThatIllegalStateException().isThrownBy(() -> BlockWorkers.forEachBlock(20, 3, block -> {
            runs.incrementAndGet(block);
            if (block == 5) {
                throw new IllegalStateException("block 5 failed");
            }
        })).withMessage("block 5 failed");

        for (int block = 0; block < 20; block++) {
            assertThat(runs.get(block)).as("runs of block %d", block).isEqualTo(1);
        }
    }
}
