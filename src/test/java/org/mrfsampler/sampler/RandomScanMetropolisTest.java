package org.mrfsampler.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mrfsampler.model.Boundary;
import org.mrfsampler.model.HopfieldModel;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.Spins;

class RandomScanMetropolisTest {

    @ParameterizedTest
    @EnumSource(Boundary.class)
    void isingObservablesTrackRecomputation(Boundary boundary) {
        IsingModel model = new IsingModel(7, 9, 1.0, 0.3, 0.6, boundary);
        IsingRandomScanMetropolis chain = new IsingRandomScanMetropolis(model,
                InitialStates.random(model.size(), RandomStreams.xoshiro256PlusPlus(5)), RandomStreams.xoshiro256PlusPlus(6));

        for (int round = 0; round < 20; round++) {
            chain.advance(997);
            assertThat(chain.energy()).isCloseTo(model.energy(chain.spins()), within(1e-9));
            assertThat(chain.magnetization()).isEqualTo((double) Spins.sum(chain.spins()) / model.size());
        }
        assertThat(chain.proposals()).isEqualTo(20 * 997);
        assertThat(chain.accepted()).isBetween(1L, chain.proposals() - 1);
    }

    @Test
    void hopfieldObservablesTrackRecomputation() {
        SplittableRandom random = new SplittableRandom(3);
        List<byte[]> patterns = List.of(randomSpins(48, random), randomSpins(48, random), randomSpins(48, random));
        HopfieldModel model = new HopfieldModel(6, 8, 3.0, patterns);
        HopfieldRandomScanMetropolis chain = new HopfieldRandomScanMetropolis(model,
                randomSpins(48, random), RandomStreams.xoshiro256PlusPlus(8));

        for (int round = 0; round < 20; round++) {
            chain.advance(501);
            assertThat(chain.energy()).isCloseTo(model.energy(chain.spins()), within(1e-9));
            int[] overlaps = model.overlaps(chain.spins());
            double[] normalized = chain.patternOverlaps();
            for (int mu = 0; mu < overlaps.length; mu++) {
                assertThat(normalized[mu]).isEqualTo((double) overlaps[mu] / 48);
            }
        }
    }

    @Test
    void sameSeedGivesSameChain() {
        IsingModel model = new IsingModel(16, 16, 1.0, 0.0, 0.44, Boundary.PERIODIC);
        byte[] first = run(model, 42);
        byte[] second = run(model, 42);
        byte[] other = run(model, 43);

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    private static byte[] run(IsingModel model, long seed) {
        var rng = RandomStreams.xoshiro256PlusPlus(seed);
        IsingRandomScanMetropolis chain = new IsingRandomScanMetropolis(model, InitialStates.random(model.size(), rng), rng);
        chain.advance(10_000);
        return chain.spins().clone();
    }

    private static byte[] randomSpins(int size, SplittableRandom random) {
        byte[] spins = new byte[size];
        for (int i = 0; i < size; i++) {
            spins[i] = (byte) (random.nextBoolean() ? 1 : -1);
        }
        return spins;
    }
}
