package org.mrfsampler.sampler;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BitslicedAcceptanceTest {

    /** Counts the words drawn from a XoShiRo256++ stream. */
    private static final class CountingRandom implements UniformRandomProvider {
        private final UniformRandomProvider source = RandomStreams.xoshiro256PlusPlus(8);
        long draws;

        @Override
        public long nextLong() {
            draws++;
            return source.nextLong();
        }
    }

    @Test
    void binaryDigitsOfDyadicFractions() {
        assertThat(BitslicedAcceptance.binaryDigits(0.5)).containsExactly(-1L);
        assertThat(BitslicedAcceptance.binaryDigits(0.75)).containsExactly(-1L, -1L);
        assertThat(BitslicedAcceptance.binaryDigits(0.3125)).containsExactly(0L, -1L, 0L, -1L);
        assertThat(BitslicedAcceptance.binaryDigits(0.0)).isEmpty();
    }

    @Test
    void binaryDigitsRebuildTheValue() {
        for (double p : new double[] {0.1, Math.exp(-4 * 0.44), Math.exp(-8 * 0.44), 1e-300, Double.MIN_VALUE}) {
            long[] digits = BitslicedAcceptance.binaryDigits(p);
            double rebuilt = 0.0;
            for (int d = 0; d < digits.length; d++) {
                if (digits[d] != 0) {
                    rebuilt += Math.scalb(1.0, -(d + 1));
                }
            }
            assertThat(rebuilt).as("value rebuilt from the digits of %s", p).isEqualTo(p);
            assertThat(digits[digits.length - 1]).as("last digit of %s", p).isEqualTo(-1L);
        }
        assertThat(BitslicedAcceptance.binaryDigits(Double.MIN_VALUE)).hasSize(1074);
    }

    @Test
    void certainDecisionsDrawNothing() {
        BitslicedAcceptance acceptance = new BitslicedAcceptance(new double[] {1.0, 0.0, 1.0, 0.0, 0.0});
        CountingRandom rng = new CountingRandom();
        long negative = 0xF000_0000_0000_0000L;
        long m0 = 0x0F00_0000_0000_0000L;
        long m1 = 0x00F0_0000_0000_0000L;
        long m2 = 0x000F_0000_0000_0000L;
        long m4 = 0x0000_F000_0000_0000L;

        long accepted = acceptance.acceptedBits(negative, m0, m1, m2, 0L, m4, rng);

        assertThat(accepted).isEqualTo(negative | m0 | m2);
        assertThat(rng.draws).isZero();
    }

    @Test
    void acceptanceFrequencyMatchesProbability() {
        double[] probabilities = {0.5, 0.3, Math.exp(-4 * 0.44), 0.01, 0.0};
        BitslicedAcceptance acceptance = new BitslicedAcceptance(probabilities);
        CountingRandom rng = new CountingRandom();
        // Bits 0–15 class 0, 16–31 class 1, 32–47 class 2, 48–63 class 3.
        long m0 = 0xFFFFL;
        long m1 = m0 << 16;
        long m2 = m0 << 32;
        long m3 = m0 << 48;
        int words = 40_000;
        long[] counts = new long[4];
        for (int word = 0; word < words; word++) {
            long accepted = acceptance.acceptedBits(0L, m0, m1, m2, m3, 0L, rng);
            counts[0] += Long.bitCount(accepted & m0);
            counts[1] += Long.bitCount(accepted & m1);
            counts[2] += Long.bitCount(accepted & m2);
            counts[3] += Long.bitCount(accepted & m3);
        }

        long trials = 16L * words;
        for (int m = 0; m < 4; m++) {
            double p = probabilities[m];
            double standardDeviation = Math.sqrt(trials * p * (1 - p));
            assertThat((double) counts[m]).as("accepted sites of class %d", m)
                    .isCloseTo(trials * p, Offset.offset(5 * standardDeviation));
        }
        // About log2(64) + 1.3 draws decide 64 sites, where one draw per site would take 64.
        assertThat((double) rng.draws / words).isLessThan(12.0);
    }
}
