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

    @Test
    void sweepRunSamplesEveryThinSweeps() {
        List<Long> sampled = new ArrayList<>();
        long[] sweepsMeasured = new long[1];
        MarkovChain chain = newChain();

        long done = new ChainRunner(7).run(chain, ChainRunner.Unit.SWEEPS, 10, 4, new ChainRunner.Observer() {
            @Override
            public void onSample(long index, long sweeps, MarkovChain sampledChain) {
                sampled.add(sweeps);
                assertThat(sampledChain.siteUpdates()).isEqualTo(sweeps * 16);
            }

            @Override
            public void onSweep(MarkovChain measured) {
                sweepsMeasured[0]++;
            }

            @Override
            public boolean onProgress(long progressDone, MarkovChain progressed) {
                return true;
            }
        });

        assertThat(done).isEqualTo(10);
        assertThat(sampled).containsExactly(4L, 8L);
        assertThat(sweepsMeasured[0]).isEqualTo(10);
    }

    @Test
    void stepRunMeasuresOncePerSweep() {
        long[] sweepsMeasured = new long[1];
        MarkovChain chain = newChain();

        new ChainRunner(5).run(chain, 16 * 12 + 3, 50, new ChainRunner.Observer() {
            @Override
            public void onSample(long index, long step, MarkovChain sampledChain) {
            }

            @Override
            public void onSweep(MarkovChain measured) {
                sweepsMeasured[0]++;
                assertThat(measured.siteUpdates() % 16).isZero();
            }

            @Override
            public boolean onProgress(long progressDone, MarkovChain progressed) {
                return true;
            }
        });

        assertThat(sweepsMeasured[0]).isEqualTo(12);
    }

    private MarkovChain newChain() {
        return new IsingRandomScanMetropolis(model, InitialStates.uniform(model.size(), 1), RandomStreams.xoshiro256PlusPlus(1));
    }
}
