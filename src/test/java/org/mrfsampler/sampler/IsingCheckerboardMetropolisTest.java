package org.mrfsampler.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mrfsampler.model.Boundary;
import org.mrfsampler.model.IsingModel;

class IsingCheckerboardMetropolisTest {

    private static final long SEED = 20240611L;
    private static final int SWEEPS = 400;

    /** J = 100 at β = 1: a flip that raises the energy is accepted with probability at most exp(−400). */
    private static final IsingModel COLD_TORUS = new IsingModel(16, 16, 100.0, 0.0, 1.0, Boundary.PERIODIC);

    /** Alternating rows (or columns): every site has two aligned and two opposed neighbours, so ΔE = 0. */
    private static byte[] stripes(int rows, int cols, boolean alternatingRows) {
        byte[] spins = new byte[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int stripe = alternatingRows ? r : c;
                spins[r * cols + c] = (byte) ((stripe & 1) == 0 ? 1 : -1);
            }
        }
        return spins;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void stripeStateEscapes(boolean alternatingRows) {
        byte[] initial = stripes(16, 16, alternatingRows);
        double stripeEnergy = COLD_TORUS.energy(initial);
        var chain = new IsingCheckerboardMetropolis(COLD_TORUS, initial.clone(),
                RandomStreams.xoshiro256PlusPlus(SEED), 1);

        chain.advance(SWEEPS);

        assertThat(stripeEnergy).isEqualTo(0.0);
        assertThat(chain.energy()).isLessThan(stripeEnergy);
        assertThat(chain.energy()).isEqualTo(COLD_TORUS.energy(chain.spins()));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void stripeStateCyclesWithPlainMetropolis(boolean alternatingRows) {
        byte[] initial = stripes(16, 16, alternatingRows);
        byte[] negated = initial.clone();
        for (int site = 0; site < negated.length; site++) {
            negated[site] = (byte) -negated[site];
        }
        double stripeEnergy = COLD_TORUS.energy(initial);
        var chain = new IsingCheckerboardMetropolis(COLD_TORUS, initial.clone(),
                RandomStreams.xoshiro256PlusPlus(SEED), 1, 1.0);

        for (int sweep = 1; sweep <= SWEEPS; sweep++) {
            chain.advance(1);
            assertThat(chain.spins()).isEqualTo(sweep % 2 == 1 ? negated : initial);
            assertThat(chain.energy()).isEqualTo(stripeEnergy);
        }
        assertThat(chain.accepted()).isEqualTo((long) SWEEPS * initial.length);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, 1.5, Double.NaN})
    void zeroDeltaAcceptanceOutsideUnitIntervalIsRejected(double zeroDeltaAcceptance) {
        byte[] initial = stripes(16, 16, true);

        assertThatThrownBy(() -> new IsingCheckerboardMetropolis(COLD_TORUS, initial,
                RandomStreams.xoshiro256PlusPlus(SEED), 1, zeroDeltaAcceptance))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zeroDeltaAcceptance");
    }
}
