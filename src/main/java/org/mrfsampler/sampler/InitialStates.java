package org.mrfsampler.sampler;

import org.apache.commons.rng.UniformRandomProvider;

/** Starting configurations for a chain. */
public final class InitialStates {

    private InitialStates() {
    }

    /** Draws each spin independently, +1 or −1 with probability ½, 64 spins per random word. */
    public static byte[] random(int size, UniformRandomProvider rng) {
        byte[] spins = new byte[size];
        long bits = 0;
        for (int site = 0; site < size; site++) {
            if ((site & 63) == 0) {
                bits = rng.nextLong();
            }
            spins[site] = (byte) ((bits & 1) == 0 ? -1 : 1);
            bits >>>= 1;
        }
        return spins;
    }

    /** Returns a configuration with every spin equal to {@code spin}. */
    public static byte[] uniform(int size, int spin) {
        if (spin != 1 && spin != -1) {
            throw new IllegalArgumentException("spin must be -1 or +1, got " + spin);
        }
        byte[] spins = new byte[size];
        java.util.Arrays.fill(spins, (byte) spin);
        return spins;
    }
}
