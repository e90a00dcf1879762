package org.mrfsampler.sampler;

import java.util.Optional;
import java.util.function.IntConsumer;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.SpinModel;
import org.mrfsampler.model.Spins;

/**
 * Checkerboard Metropolis for the Ising model in zero field with 64 spins per {@code long} word
 * (multi-spin coding), so that one sequence of bitwise operations updates 64 sites.
 *
 * <p>One step is one sweep: all sites of colour 0 ((row + col) even), then all sites of colour 1. Sites of
 * one colour are not neighbours, so updating them together equals updating them one by one. Let m be the
 * number of satisfied minus unsatisfied bonds of a site, where a bond is satisfied when it is aligned and
 * J ≥ 0, or anti-aligned and J &lt; 0. Flipping the site costs ΔE = 2|J|·m, and the flip is accepted with
 * a(ΔE) = min(1, exp(−βΔE)) for ΔE ≠ 0 and a(0) = ½. Detailed balance needs only
 * a(ΔE) / a(−ΔE) = exp(−βΔE), which a(0) = ½ keeps. Plain Metropolis with a(0) = 1 is not ergodic under
 * checkerboard updates. On a periodic lattice at low temperature, width-1 vertical stripes have ΔE = 0 at
 * every site, turn into horizontal stripes after one colour and into inverted vertical stripes after the
 * other, and cycle forever. {@link BitslicedAcceptance} draws each site's decision with the exact
 * probability.
 *
 * <p>Layout: each row is split into 64 vertical strips of W = cols / 64 columns. Bit j of word k of the
 * row stores the spin at column j·W + k, with bit 1 for spin +1. The left and right neighbours of a word
 * are the adjacent words of the row. At the strip edges (k = 0 and k = W − 1) the neighbour word is
 * rotated by one bit, and the rotation also supplies the periodic wrap between the last and first
 * columns. With W even, all 64 bits of a word share one colour.
 *
 * <p>Valid range: h = 0, any J, cols a multiple of 128, and an even number of rows when the boundary is
 * periodic, because otherwise the checkerboard colouring does not close around the torus.
 * {@link #unsupported} names the fix for other models. Free boundaries are supported. Words at a lattice
 * edge take a slower path that masks the missing neighbours and handles the odd values of m.
 *
 * <p>Parallelism: from 512×512 sites on, the rows are split into fixed blocks of about 2^16 sites that
 * depend only on the lattice size. Each block draws from its own stream, split off the given generator
 * by {@link JumpableUniformRandomProvider#jump()}. The blocks of one colour run on up to {@code threads}
 * threads (see {@link BlockWorkers}), and the results do not depend on the thread count.
 *
 * <p>Cost per step: N/64 word updates of a few dozen bitwise operations each, plus about log2(n) + 1.3
 * {@code nextLong()} draws for a word with n sites whose acceptance probability lies strictly between 0
 * and 1. No allocation, except a few small objects per colour when blocks run on helper threads. The
 * spins live in the packed words only. {@link #spins()}, {@link #energy()} and {@link #magnetization()}
 * cost O(N) on their first call after steps: they unpack the words into a byte view, or recount the bonds
 * with bit counts, and cache the result until the next step.
 */
public final class IsingMultispinMetropolis implements MarkovChain {

    /** Lattices with at least this many sites are split into blocks with their own streams. */
    static final long BLOCKED_SITES = 512L * 512L;
    /** Target number of sites per block. Blocks consist of whole rows, so the last one may be smaller. */
    static final int BLOCK_SITES = 1 << 16;

    private static final long FIRST_BIT_MISSING = ~1L;
    private static final long LAST_BIT_MISSING = Long.MAX_VALUE;

    /** A band of whole rows with its own random stream. */
    private static final class Block {
        final int firstRow;
        final int endRow;
        final UniformRandomProvider rng;
        /** Spins flipped by this block, written only by the thread that runs the block. */
        long flips;

        Block(int firstRow, int endRow, UniformRandomProvider rng) {
            this.firstRow = firstRow;
            this.endRow = endRow;
            this.rng = rng;
        }
    }

    private final IsingModel model;
    private final int rows;
    private final int cols;
    private final int size;
    private final int wordsPerRow;
    private final boolean periodic;
    private final int threads;
    private final long[] words;
    private final Block[] blocks;
    /** −1 when J &lt; 0 so that XOR with it turns "anti-aligned" into "unsatisfied". */
    private final long unsatisfiedFlip;
    private final BitslicedAcceptance acceptance;
    private final IntConsumer[] colourPhases;

    private final byte[] view;
    private boolean viewCurrent;
    private boolean sumsCurrent;
    private long bondSum;
    private long spinSum;
    private long sweeps;

    /**
     * @param spins the initial state (±1, rows·cols entries). The chain takes ownership of the array and
     *     reuses it for {@link #spins()}
     * @param rng the chain's generator. On lattices of at least 512×512 sites it should implement
     *     {@link JumpableUniformRandomProvider}. Otherwise the block streams are XoShiRo256++ generators
     *     seeded from its output
     * @param threads the most threads one sweep may use, including the caller
     * @throws IllegalArgumentException if {@link #unsupported} rejects the model, the state has the wrong
     *     length or an entry other than ±1, or threads is below 1
     */
    public IsingMultispinMetropolis(IsingModel model, byte[] spins, UniformRandomProvider rng, int threads) {
        this(model, spins, rng, threads, false);
    }

    /**
     * @param zeroMovesAlwaysAccepted use plain Metropolis, a(0) = 1, which is not ergodic on stripe
     *     states. Only tests set it, to show why the default is a(0) = ½
     */
    IsingMultispinMetropolis(IsingModel model, byte[] spins, UniformRandomProvider rng, int threads,
            boolean zeroMovesAlwaysAccepted) {
        unsupported(model).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        if (spins.length != model.size() || !Spins.arePlusMinusOne(spins)) {
            throw new IllegalArgumentException("initial state must have " + model.size() + " entries of -1 or +1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.model = model;
        this.rows = model.rows();
        this.cols = model.cols();
        this.size = model.size();
        this.wordsPerRow = cols / Long.SIZE;
        this.periodic = model.periodic();
        this.threads = threads;
        this.unsatisfiedFlip = model.coupling() < 0.0 ? -1L : 0L;
        this.view = spins;
        this.words = pack(spins, rows, cols);
        this.blocks = splitIntoBlocks(rows, cols, rng);

        double[] probabilities = new double[BitslicedAcceptance.CLASSES];
        probabilities[0] = zeroMovesAlwaysAccepted ? 1.0 : 0.5;
        for (int m = 1; m < probabilities.length; m++) {
            probabilities[m] = Math.exp(-2.0 * model.beta() * Math.abs(model.coupling()) * m);
        }
        this.acceptance = new BitslicedAcceptance(probabilities);
        this.colourPhases = new IntConsumer[] {block -> updateBlock(blocks[block], 0),
            block -> updateBlock(blocks[block], 1)};
        this.viewCurrent = true;
    }

    /**
     * Explains why this kernel cannot sample the model, or returns empty if it can: it needs an Ising
     * model with h = 0, cols a multiple of 128, and an even number of rows if periodic.
     */
    public static Optional<String> unsupported(SpinModel model) {
        if (!(model instanceof IsingModel ising)) {
            return Optional.of("multispin samples only the Ising model; use metropolis for "
                    + model.getClass().getSimpleName());
        }
        if (ising.field() != 0.0) {
            return Optional.of("multispin needs field h = 0 because its bitwise acceptance covers the coupling"
                    + " term only, got h = " + ising.field() + "; use metropolis");
        }
        if (ising.cols() % 128 != 0) {
            int larger = (ising.cols() / 128 + 1) * 128;
            return Optional.of("multispin needs cols to be a multiple of 128 because it packs 64 column strips of"
                    + " even width into 64-bit words, got cols = " + ising.cols() + "; use cols = " + larger
                    + " or use metropolis");
        }
        if (ising.periodic() && ising.rows() % 2 != 0) {
            return Optional.of("multispin needs an even number of rows with periodic boundaries so that the"
                    + " checkerboard colouring closes around the torus, got rows = " + ising.rows() + "; use rows = "
                    + (ising.rows() + 1) + ", free boundaries, or metropolis");
        }
        return Optional.empty();
    }

    private static long[] pack(byte[] spins, int rows, int cols) {
        int perRow = cols / Long.SIZE;
        long[] packed = new long[rows * perRow];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (spins[r * cols + c] > 0) {
                    packed[r * perRow + c % perRow] |= 1L << (c / perRow);
                }
            }
        }
        return packed;
    }

    private static Block[] splitIntoBlocks(int rows, int cols, UniformRandomProvider rng) {
        if ((long) rows * cols < BLOCKED_SITES) {
            return new Block[] {new Block(0, rows, rng)};
        }
        int rowsPerBlock = Math.max(1, BLOCK_SITES / cols);
        int count = (rows + rowsPerBlock - 1) / rowsPerBlock;
        Block[] result = new Block[count];
        for (int b = 0; b < count; b++) {
            result[b] = new Block(b * rowsPerBlock, Math.min(rows, (b + 1) * rowsPerBlock), splitStream(rng));
        }
        return result;
    }

    private static UniformRandomProvider splitStream(UniformRandomProvider rng) {
        if (rng instanceof JumpableUniformRandomProvider jumpable) {
            // jump() returns a copy of the current state and moves the generator 2^128 draws ahead.
            return jumpable.jump();
        }
        return RandomSource.XO_SHI_RO_256_PP.create(new long[] {rng.nextLong(), rng.nextLong(), rng.nextLong(),
            rng.nextLong()});
    }

    @Override
    public void advance(long steps) {
        if (steps <= 0) {
            return;
        }
        for (long step = 0; step < steps; step++) {
            runPhase(0);
            runPhase(1);
        }
        sweeps = Math.addExact(sweeps, steps);
        viewCurrent = false;
        sumsCurrent = false;
    }

    private void runPhase(int colour) {
        if (blocks.length == 1 || threads == 1) {
            for (Block block : blocks) {
                updateBlock(block, colour);
            }
        } else {
            BlockWorkers.forEachBlock(blocks.length, threads, colourPhases[colour]);
        }
    }

    private void updateBlock(Block block, int colour) {
        // With several blocks, each phase draws from a jump() copy that the running thread allocates:
        // generators of different blocks allocated side by side share cache lines, and two threads drawing
        // from them would slow each other down. The copy depends on the phase only, not on the thread.
        UniformRandomProvider rng = blocks.length > 1 ? ((JumpableUniformRandomProvider) block.rng).jump() : block.rng;
        long flips = 0;
        for (int r = block.firstRow; r < block.endRow; r++) {
            flips += updateRow(r, colour, rng);
        }
        block.flips += flips;
    }

    /** Updates the words of one colour in row r and returns the number of spins flipped. */
    private int updateRow(int r, int colour, UniformRandomProvider rng) {
        long[] w = words;
        int last = wordsPerRow - 1;
        int base = r * wordsPerRow;
        int upBase = neighbourRowBase(r - 1);
        int downBase = neighbourRowBase(r + 1);
        // With W even, word k of row r has colour (r + k) mod 2.
        int first = (r + colour) & 1;
        if (upBase < 0 || downBase < 0) {
            return updateEdgeRow(base, upBase, downBase, first, rng);
        }

        int flips = 0;
        if (first == 0) {
            long left = Long.rotateLeft(w[base + last], 1);
            long right = w[base + 1];
            flips += periodic
                    ? updateInteriorWord(base, w[upBase], w[downBase], left, right, rng)
                    : updateEdgeWord(base, w[upBase], w[downBase], left, right, -1L, -1L, FIRST_BIT_MISSING, -1L, rng);
            for (int k = 2; k < last; k += 2) {
                flips += updateInteriorWord(base + k, w[upBase + k], w[downBase + k], w[base + k - 1], w[base + k + 1],
                        rng);
            }
        } else {
            for (int k = 1; k < last; k += 2) {
                flips += updateInteriorWord(base + k, w[upBase + k], w[downBase + k], w[base + k - 1], w[base + k + 1],
                        rng);
            }
            long left = w[base + last - 1];
            long right = Long.rotateRight(w[base], 1);
            flips += periodic
                    ? updateInteriorWord(base + last, w[upBase + last], w[downBase + last], left, right, rng)
                    : updateEdgeWord(base + last, w[upBase + last], w[downBase + last], left, right, -1L, -1L, -1L,
                            LAST_BIT_MISSING, rng);
        }
        return flips;
    }

    /** Returns the index of the first word of row r, wrapped if periodic, or −1 if the row does not exist. */
    private int neighbourRowBase(int r) {
        if (r >= 0 && r < rows) {
            return r * wordsPerRow;
        }
        if (!periodic) {
            return -1;
        }
        return r < 0 ? (rows - 1) * wordsPerRow : 0;
    }

    /** Updates one colour of the first or last row of a lattice with free boundaries. */
    private int updateEdgeRow(int base, int upBase, int downBase, int first, UniformRandomProvider rng) {
        long[] w = words;
        int last = wordsPerRow - 1;
        int flips = 0;
        for (int k = first; k <= last; k += 2) {
            long up = upBase >= 0 ? w[upBase + k] : 0L;
            long down = downBase >= 0 ? w[downBase + k] : 0L;
            long left = k > 0 ? w[base + k - 1] : Long.rotateLeft(w[base + last], 1);
            long right = k < last ? w[base + k + 1] : Long.rotateRight(w[base], 1);
            flips += updateEdgeWord(base + k, up, down, left, right, upBase >= 0 ? -1L : 0L, downBase >= 0 ? -1L : 0L,
                    k > 0 ? -1L : FIRST_BIT_MISSING, k < last ? -1L : LAST_BIT_MISSING, rng);
        }
        return flips;
    }

    /** Updates the word at {@code index}, all of whose sites have four neighbours. */
    private int updateInteriorWord(int index, long up, long down, long left, long right, UniformRandomProvider rng) {
        long spins = words[index];
        long f = unsatisfiedFlip;
        // Bit set where that bond is unsatisfied.
        long a = spins ^ up ^ f;
        long b = spins ^ down ^ f;
        long c = spins ^ left ^ f;
        long d = spins ^ right ^ f;

        // Bit-sliced count u = a + b + c + d of unsatisfied bonds: u = ones + 2·twos + 4·fours.
        long sumAb = a ^ b;
        long sumCd = c ^ d;
        long ones = sumAb ^ sumCd;
        long twos = (a & b) ^ (c & d) ^ (sumAb & sumCd);
        long fours = a & b & c & d;

        // m = 4 − 2u, so u = 0, 1, 2 give m = 4, 2, 0, and u ≥ 3 gives m < 0.
        long noneUnsatisfied = ~(a | b | c | d);
        long oneUnsatisfied = ones & ~twos;
        long twoUnsatisfied = twos & ~ones;
        long threeOrMoreUnsatisfied = (ones & twos) | fours;

        long flips = acceptance.acceptedBits(threeOrMoreUnsatisfied, twoUnsatisfied, 0L, oneUnsatisfied, 0L,
                noneUnsatisfied, rng);
        words[index] = spins ^ flips;
        return Long.bitCount(flips);
    }

    /**
     * Updates the word at {@code index}, some of whose sites lack neighbours. A present mask has bit j
     * set when site j has that neighbour.
     */
    private int updateEdgeWord(int index, long up, long down, long left, long right, long upPresent,
            long downPresent, long leftPresent, long rightPresent, UniformRandomProvider rng) {
        long spins = words[index];
        long f = unsatisfiedFlip;
        long xu = spins ^ up ^ f;
        long xd = spins ^ down ^ f;
        long xl = spins ^ left ^ f;
        long xr = spins ^ right ^ f;

        // Bit-sliced counts of unsatisfied (q) and satisfied (g) bonds to neighbours that exist.
        long qu = xu & upPresent;
        long qd = xd & downPresent;
        long ql = xl & leftPresent;
        long qr = xr & rightPresent;
        long gu = ~xu & upPresent;
        long gd = ~xd & downPresent;
        long gl = ~xl & leftPresent;
        long gr = ~xr & rightPresent;

        long qSumUd = qu ^ qd;
        long qSumLr = ql ^ qr;
        long qOnes = qSumUd ^ qSumLr;
        long qTwos = (qu & qd) ^ (ql & qr) ^ (qSumUd & qSumLr);
        long qFours = qu & qd & ql & qr;
        long gSumUd = gu ^ gd;
        long gSumLr = gl ^ gr;
        long gOnes = gSumUd ^ gSumLr;
        long gTwos = (gu & gd) ^ (gl & gr) ^ (gSumUd & gSumLr);
        long gFours = gu & gd & gl & gr;

        long q0 = ~(qOnes | qTwos | qFours);
        long q1 = qOnes & ~qTwos;
        long q2 = qTwos & ~qOnes;
        long g0 = ~(gOnes | gTwos | gFours);
        long g1 = gOnes & ~gTwos;
        long g2 = gTwos & ~gOnes;
        long g3 = gOnes & gTwos;

        // m = g − q, with g + q ≤ 4.
        long m4 = gFours;
        long m3 = g3 & q0;
        long m2 = (g2 & q0) | (g3 & q1);
        long m1 = (g1 & q0) | (g2 & q1);
        long m0 = (g0 & q0) | (g1 & q1) | (g2 & q2);
        long negative = ~(m0 | m1 | m2 | m3 | m4);

        long flips = acceptance.acceptedBits(negative, m0, m1, m2, m3, m4, rng);
        words[index] = spins ^ flips;
        return Long.bitCount(flips);
    }

    @Override
    public void advanceSweeps(long sweeps) {
        advance(sweeps);
    }

    /** Returns 1: one step is one sweep. */
    @Override
    public long stepsPerSweep() {
        return 1;
    }

    @Override
    public long siteUpdates() {
        return Math.multiplyExact(sweeps, (long) size);
    }

    /**
     * Returns the spins as a byte view, unpacked from the words in O(N) on the first call after steps.
     * The array is the same on every call, but it is refreshed only by calling this method again.
     */
    @Override
    public byte[] spins() {
        if (!viewCurrent) {
            unpack();
            viewCurrent = true;
        }
        return view;
    }

    private void unpack() {
        int perRow = wordsPerRow;
        for (int r = 0; r < rows; r++) {
            int rowStart = r * cols;
            for (int k = 0; k < perRow; k++) {
                long word = words[r * perRow + k];
                for (int j = 0; j < Long.SIZE; j++) {
                    view[rowStart + j * perRow + k] = (byte) ((word >>> j & 1L) != 0 ? 1 : -1);
                }
            }
        }
    }

    /** Returns the energy, recounted from the words in O(N) on the first call after steps. */
    @Override
    public double energy() {
        refreshSums();
        return model.energy(bondSum, spinSum);
    }

    /** Returns the magnetisation per site, recounted from the words in O(N) on the first call after steps. */
    @Override
    public double magnetization() {
        refreshSums();
        return (double) spinSum / size;
    }

    /** Recounts the bond and spin sums: bond sum = bonds − 2·(anti-aligned bonds), spin sum = 2·(up) − N. */
    private void refreshSums() {
        if (sumsCurrent) {
            return;
        }
        int perRow = wordsPerRow;
        int last = perRow - 1;
        long up = 0;
        long antiAligned = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * perRow;
            // Each row counts its right and down bonds, so every bond is counted once.
            int downBase = neighbourRowBase(r + 1);
            for (int k = 0; k < perRow; k++) {
                long word = words[base + k];
                up += Long.bitCount(word);
                if (k < last) {
                    antiAligned += Long.bitCount(word ^ words[base + k + 1]);
                } else {
                    long wrap = word ^ Long.rotateRight(words[base], 1);
                    antiAligned += Long.bitCount(periodic ? wrap : wrap & LAST_BIT_MISSING);
                }
                if (downBase >= 0) {
                    antiAligned += Long.bitCount(word ^ words[downBase + k]);
                }
            }
        }
        long bonds = periodic ? 2L * size : (long) rows * (cols - 1) + (long) (rows - 1) * cols;
        bondSum = bonds - 2 * antiAligned;
        spinSum = 2 * up - size;
        sumsCurrent = true;
    }

    /** Returns the site updates proposed so far: N per sweep. */
    @Override
    public long proposals() {
        return siteUpdates();
    }

    @Override
    public long accepted() {
        long total = 0;
        for (Block block : blocks) {
            total += block.flips;
        }
        return total;
    }
}
