package org.mrfsampler.model;

/**
 * Packs spin configurations one bit per spin: site i goes to byte i/8, most significant bit first, with
 * bit 1 for +1 and bit 0 for −1. A 64×64 state packs into 512 bytes.
 */
public final class PackedSpins {

    private PackedSpins() {
    }

    public static int packedLength(int size) {
        return (size + 7) >>> 3;
    }

    /** Packs ±1 spins into a new array of {@link #packedLength} bytes. */
    public static byte[] pack(byte[] spins) {
        byte[] packed = new byte[packedLength(spins.length)];
        for (int site = 0; site < spins.length; site++) {
            if (spins[site] > 0) {
                packed[site >>> 3] |= (byte) (0x80 >>> (site & 7));
            }
        }
        return packed;
    }

    /** Returns the spin (±1) of one site of a packed configuration. */
    public static int spin(byte[] packed, int site) {
        return (packed[site >>> 3] & (0x80 >>> (site & 7))) != 0 ? 1 : -1;
    }

    /** Unpacks a configuration of {@code rows × cols} spins into rows of ±1. */
    public static int[][] unpackRows(byte[] packed, int rows, int cols) {
        int[][] grid = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                grid[r][c] = spin(packed, r * cols + c);
            }
        }
        return grid;
    }
}
