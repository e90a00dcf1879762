package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Creates the seeded random streams that the kernels draw from. */
public final class RandomStreams {

    private RandomStreams() {
    }

    /**
     * Creates a XoShiRo256++ generator (Blackman and Vigna, 2019) from a 64-bit seed. Commons RNG expands
     * the seed into the 256-bit state, so equal seeds give equal streams on every platform.
     */
    public static UniformRandomProvider xoshiro256PlusPlus(long seed) {
        return RandomSource.XO_SHI_RO_256_PP.create(seed);
    }
}
