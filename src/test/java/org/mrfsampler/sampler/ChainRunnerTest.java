package org.mrfsampler.sampler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrfsampler.model.Boundary;
import org.mrfsampler.model.IsingModel;

class ChainRunnerTest {

    private final IsingModel model = new IsingModel(4, 4, 1.0, 0.0, 0.5, Boundary.FREE);

    @Test
    void sampleKIsStateAfterStepKTimesThin() {
        List<Long> steps = new ArrayList<>();
        List<Long> indices = new ArrayList<>();
        MarkovChain chain = newChain();

        long done = new ChainRunner(7).run(chain, 100, 30, new ChainRunner.Observer() {
            @Override
            public void onSample(long index, long step, MarkovChain sampled) {
                indices.add(index);
                steps.add(step);
                assertThat(sampled.proposals()).isEqualTo(step);
            }

            @Override
            public boolean onProgress(long stepsDone, MarkovChain progressed) {
                return true;
            }
        });

        assertThat(done).isEqualTo(100);
        assertThat(indices).containsExactly(1L, 2L, 3L);
        assertThat(steps).containsExactly(30L, 60L, 90L);
    }

    @Test
    void observerCanStopRun() {
        MarkovChain chain = newChain();

        long done = new ChainRunner(10).run(chain, 1_000, 100, new ChainRunner.Observer() {
            @Override
            public void onSample(long index, long step, MarkovChain sampled) {
            }

            @Override
            public boolean onProgress(long stepsDone, MarkovChain progressed) {
                return stepsDone < 50;
            }
        });

        assertThat(done).isEqualTo(50);
        assertThat(chain.proposals()).isEqualTo(50);
    }

    private MarkovChain newChain() {
        return new IsingRandomScanMetropolis(model, InitialStates.uniform(model.size(), 1), RandomStreams.xoshiro256PlusPlus(1));
    }
}
