package org.mrfsampler.model;

/** Small operations on spin configurations stored as {@code byte} arrays of ±1. */
public final class Spins {

    private Spins() {
    }

    /** Computes Σ_i s_i. */
    public static long sum(byte[] spins) {
        long sum = 0;
        for (byte spin : spins) {
            sum += spin;
        }
        return sum;
    }

    /** Checks that every entry is −1 or +1. */
    public static boolean arePlusMinusOne(byte[] spins) {
        for (byte spin : spins) {
            if (spin != 1 && spin != -1) {
                return false;
            }
        }
        return true;
    }
}
