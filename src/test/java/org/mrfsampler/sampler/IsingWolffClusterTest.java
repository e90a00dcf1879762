package org.mrfsampler.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mrfsampler.model.Boundary;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.Spins;

class IsingWolffClusterTest {

    private static final double CRITICAL_BETA = 0.5 * Math.log(1 + Math.sqrt(2));

    private static IsingWolffCluster chain(IsingModel model, long seed) {
        UniformRandomProvider rng = RandomStreams.xoshiro256PlusPlus(seed);
        return new IsingWolffCluster(model, InitialStates.random(model.size(), rng), rng);
    }

    private static int differingSites(byte[] a, byte[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                count++;
            }
        }
        return count;
    }

    @ParameterizedTest
    @EnumSource(Boundary.class)
    void energyTracksRecomputation(Boundary boundary) {
        int[][] shapes = boundary == Boundary.PERIODIC
                ? new int[][] {{16, 16}, {2, 7}, {5, 2}, {3, 3}}
                : new int[][] {{16, 16}, {1, 9}, {7, 1}, {3, 5}};
        for (int[] shape : shapes) {
            IsingModel model = new IsingModel(shape[0], shape[1], 0.8, 0.0, CRITICAL_BETA / 0.8, boundary);
            IsingWolffCluster chain = chain(model, 42);
            for (int step = 0; step < 3000; step++) {
                chain.advance(1);

                assertThat(chain.energy()).as("energy after step %d on %s", step, model)
                        .isEqualTo(model.energy(chain.spins()));
                assertThat(chain.magnetization()).as("magnetisation after step %d on %s", step, model)
                        .isEqualTo((double) Spins.sum(chain.spins()) / model.size());
            }
        }
    }

    @Test
    void countersCountClustersAndSpins() {
        IsingModel model = new IsingModel(12, 10, 1.0, 0.0, CRITICAL_BETA, Boundary.PERIODIC);
        IsingWolffCluster chain = chain(model, 7);
        long changed = 0;
        for (int step = 0; step < 500; step++) {
            byte[] before = chain.spins().clone();
            chain.advance(1);
            int flipped = differingSites(before, chain.spins());
            assertThat(flipped).as("cluster size of step %d", step).isPositive();
            changed += flipped;
        }

        assertThat(chain.siteUpdates()).isEqualTo(changed);
        assertThat(chain.proposals()).isEqualTo(500);
        assertThat(chain.accepted()).isEqualTo(500);
    }

    @Test
    void clusterIsWholeLatticeWhenEveryBondJoins() {
        // β J = 50 makes p_add = 1 − exp(−100), which rounds to exactly 1.
        IsingModel model = new IsingModel(8, 8, 1.0, 0.0, 50.0, Boundary.FREE);
        byte[] halves = new byte[64];
        for (int site = 0; site < 64; site++) {
            halves[site] = (byte) (site % 8 < 3 ? 1 : -1);
        }
        IsingWolffCluster chain = new IsingWolffCluster(model, halves, RandomStreams.xoshiro256PlusPlus(3));

        // The constructor's equilibration flips whole domains, which merges the two halves into one.
        long magnetization = Spins.sum(chain.spins());
        assertThat(Math.abs(magnetization)).isEqualTo(64);
        assertThat(chain.stepsPerSweep()).isEqualTo(1);

        chain.advance(1);

        assertThat(Spins.sum(chain.spins())).isEqualTo(-magnetization);
        assertThat(chain.siteUpdates()).isEqualTo(64);
        assertThat(chain.energy()).isEqualTo(-112.0);
    }

    @Test
    void zeroCouplingFlipsOneSpinPerStep() {
        IsingModel model = new IsingModel(6, 6, 0.0, 0.0, 1.0, Boundary.PERIODIC);
        IsingWolffCluster chain = chain(model, 5);
        for (int step = 0; step < 200; step++) {
            byte[] before = chain.spins().clone();
            chain.advance(1);
            assertThat(differingSites(before, chain.spins())).as("spins flipped by step %d", step).isEqualTo(1);
        }
        assertThat(chain.siteUpdates()).isEqualTo(200);
    }

    @Test
    void sweepIsFixedClusterCount() {
        IsingModel model = new IsingModel(10, 10, 1.0, 0.0, 0.3, Boundary.PERIODIC);
        IsingWolffCluster bySweeps = chain(model, 9);
        IsingWolffCluster bySteps = chain(model, 9);
        long clustersPerSweep = bySweeps.stepsPerSweep();

        bySweeps.advanceSweeps(3);
        bySteps.advance(3 * clustersPerSweep);

        assertThat(bySweeps.proposals()).isEqualTo(3 * clustersPerSweep);
        assertThat(bySweeps.spins()).isEqualTo(bySteps.spins());
        assertThat(bySweeps.stepsPerSweep()).isEqualTo(clustersPerSweep);
    }

    @Test
    void calibrationMatchesClusterSize() {
        IsingModel independent = new IsingModel(6, 7, 1.0, 0.0, 0.0, Boundary.FREE);
        IsingModel frozen = new IsingModel(6, 7, 100.0, 0.0, 1.0, Boundary.PERIODIC);

        assertThat(chain(independent, 3).stepsPerSweep()).isEqualTo(42);
        assertThat(new IsingWolffCluster(frozen, InitialStates.uniform(42, 1), RandomStreams.xoshiro256PlusPlus(3))
                .stepsPerSweep()).isEqualTo(1);
    }

    @Test
    void calibrationEquilibratesAndResetsCounters() {
        IsingModel model = new IsingModel(8, 8, 1.0, 0.0, 0.44, Boundary.PERIODIC);
        byte[] initial = InitialStates.uniform(64, 1);

        IsingWolffCluster chain = new IsingWolffCluster(model, initial.clone(), RandomStreams.xoshiro256PlusPlus(5));
        IsingWolffCluster again = new IsingWolffCluster(model, initial.clone(), RandomStreams.xoshiro256PlusPlus(5));

        assertThat(chain.spins()).isNotEqualTo(initial);
        assertThat(chain.spins()).isEqualTo(again.spins());
        assertThat(chain.energy()).isEqualTo(model.energy(chain.spins()));
        assertThat(chain.proposals()).isZero();
        assertThat(chain.siteUpdates()).isZero();
    }

    @Test
    void unsupportedRejectsNonzeroField() {
        IsingModel model = new IsingModel(4, 4, 1.0, 0.25, 0.4, Boundary.PERIODIC);

        assertThat(Algorithms.unsupported(Algorithms.WOLFF, model)).hasValueSatisfying(reason -> {
            assertThat(reason).contains("h = 0");
            assertThat(reason).contains("metropolis");
        });
        assertThatIllegalArgumentException().isThrownBy(() -> Algorithms.create(Algorithms.WOLFF, model,
                InitialStates.uniform(16, 1), RandomStreams.xoshiro256PlusPlus(1), 1));
    }

    @Test
    void unsupportedRejectsNegativeCoupling() {
        IsingModel model = new IsingModel(4, 4, -1.0, 0.0, 0.4, Boundary.FREE);

        assertThat(Algorithms.unsupported(Algorithms.WOLFF, model)).hasValueSatisfying(reason -> {
            assertThat(reason).contains("J >= 0");
            assertThat(reason).contains("metropolis");
        });
    }

    @Test
    void unsupportedRejectsHopfieldModel() {
        HopfieldModel model = new HopfieldModel(2, 2, 1.0, List.of(new byte[] {1, -1, 1, -1}));

        assertThat(Algorithms.unsupported(Algorithms.WOLFF, model)).hasValueSatisfying(
                reason -> assertThat(reason).contains("Ising"));
    }

    @Test
    void algorithmsCreatesWolffForZeroFieldFerromagnet() {
        IsingModel model = new IsingModel(4, 4, 1.0, 0.0, 0.4, Boundary.FREE);

        assertThat(Algorithms.names()).contains(Algorithms.WOLFF);
        assertThat(Algorithms.unsupported(Algorithms.WOLFF, model)).isEmpty();
        assertThat(Algorithms.create(Algorithms.WOLFF, model, InitialStates.uniform(16, 1),
                RandomStreams.xoshiro256PlusPlus(1), 1)).isInstanceOf(IsingWolffCluster.class);
    }
}
