package org.mrfsampler.sampler;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.IsingModel;
import java.util.function.IntConsumer;
import org.mrfsampler.model.Spins;

/**
 * Checkerboard sweeps over an Ising lattice in which each visited site flips with a probability taken from
 * an {@link IsingFlipTables} table. The subclasses choose the table and so the update rule.
 *
 * <p>One step is one sweep: first every site with (r + c) even is visited, then every site with (r + c)
 * odd, each colour in row-major order. Sites of one colour have no neighbours of that colour, except
 * across the wrap of a periodic dimension of odd length, where the earlier site's new value is seen by
 * the later one. Every visit is a single-site update that leaves p(s) ∝ exp(−β E(s)) invariant, so the
 * sweep does too.
 *
 * <p>Lattices of at least {@value #BLOCK_THRESHOLD} sites are split into bands of whole rows: at most
 * {@value #MAX_BANDS} bands of near-equal height that may run concurrently, plus the trailing band
 * described below. Only rows are split, so a lattice with fewer than {@value #MAX_BANDS} rows gets one
 * band per row. The split depends only on rows and cols, and band b draws from the b-th jump of the
 * chain's generator. The bands of one colour are updated concurrently on up to {@code threads} threads
 * from {@link BlockWorkers}, and each band touches only its own sites and its own stream, so the
 * spins do not depend on the thread count. A periodic lattice with an odd number of rows makes the last
 * row a same-colour neighbour of the first, so that row is a band of its own, updated after the others.
 * Smaller lattices are one band that draws from the chain's generator itself.
 *
 * <p>Cost per site visit: one table look-up, plus one {@code nextDouble()} draw when the flip probability
 * is below 1. Interior sites take a neighbour sum without boundary branches, while edge columns and the
 * edge rows of free boundaries take a slower path. Energy and magnetisation are kept exactly as integer
 * bond and spin sums.
 */
abstract class IsingCheckerboardSweep implements MarkovChain {

    /** Lattices with at least this many sites are split into bands. */
    static final int BLOCK_THRESHOLD = 512 * 512;

    /** Maximum number of bands that run concurrently. Each band contains at least one row. */
    static final int MAX_BANDS = 64;

    /** Tally slots of different bands lie 128 bytes apart, so threads do not write to one cache line. */
    private static final int TALLY_STRIDE = 16;
    private static final int BOND_CHANGE = 0;
    private static final int SPIN_CHANGE = 1;
    private static final int FLIPS = 2;

    private final IsingModel model;
    private final byte[] spins;
    private final int rows;
    private final int cols;
    private final int size;
    private final boolean periodic;
    private final double[] flipProbability;

    /** First row of each band, followed by {@code rows}. */
    private final int[] bandStart;
    private final UniformRandomProvider[] bandStreams;
    /** Number of leading bands that may run at once. The bands after them run afterwards, in order. */
    private final int concurrentBands;
    private final int workers;
    /** Per band, the changes of bond sum, spin sum and flip count since they were last added up. */
    private final long[] tally;

    /** The band update of each colour, created once so that a half-sweep allocates nothing. */
    private final IntConsumer[] colourPhases = new IntConsumer[2];

    private long bondSum;
    private long spinSum;
    private long siteUpdates;
    private long flips;

    /**
     * @param spins the initial state (±1, rows·cols entries); the chain takes ownership of the array
     * @param rng the chain's generator. For lattices of at least {@value #BLOCK_THRESHOLD} sites it must be
     *     jumpable, and the chain jumps it once per band
     * @param threads maximum number of threads one half-sweep may use, including the calling thread
     * @param flipProbability flip probability by {@link IsingFlipTables#index}
     * @throws IllegalArgumentException if the state has the wrong length or an entry other than ±1, if
     *     {@code threads} is below 1, or if the lattice needs bands and {@code rng} is not a
     *     {@link JumpableUniformRandomProvider}
     */
    IsingCheckerboardSweep(IsingModel model, byte[] spins, UniformRandomProvider rng, int threads,
            double[] flipProbability) {
        if (spins.length != model.size() || !Spins.arePlusMinusOne(spins)) {
            throw new IllegalArgumentException("initial state must have " + model.size() + " entries of -1 or +1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.model = model;
        this.spins = spins;
        this.rows = model.rows();
        this.cols = model.cols();
        this.size = model.size();
        this.periodic = model.periodic();
        this.flipProbability = flipProbability.clone();
        this.bondSum = model.bondSum(spins);
        this.spinSum = Spins.sum(spins);

        if (size < BLOCK_THRESHOLD) {
            this.bandStart = new int[] {0, rows};
            this.bandStreams = new UniformRandomProvider[] {rng};
            this.concurrentBands = 1;
        } else {
            if (!(rng instanceof JumpableUniformRandomProvider jumpable)) {
                throw new IllegalArgumentException("lattices of at least " + BLOCK_THRESHOLD + " sites need a"
                        + " jumpable generator such as RandomStreams.xoshiro256PlusPlus, got "
                        + rng.getClass().getName());
            }
            boolean lastRowTouchesFirst = periodic && (rows & 1) == 1;
            int splitRows = lastRowTouchesFirst ? rows - 1 : rows;
            this.concurrentBands = Math.min(splitRows, MAX_BANDS);
            int bandCount = concurrentBands + (lastRowTouchesFirst ? 1 : 0);
            this.bandStart = new int[bandCount + 1];
            for (int band = 0; band < concurrentBands; band++) {
                bandStart[band] = (int) ((long) band * splitRows / concurrentBands);
            }
            bandStart[concurrentBands] = splitRows;
            bandStart[bandCount] = rows;
            this.bandStreams = new UniformRandomProvider[bandCount];
            for (int band = 0; band < bandCount; band++) {
                bandStreams[band] = jumpable.jump();
            }
        }
        this.workers = Math.min(threads, concurrentBands);
        this.colourPhases[0] = band -> updateBand(band, 0);
        this.colourPhases[1] = band -> updateBand(band, 1);
        this.tally = new long[(bandStart.length - 1) * TALLY_STRIDE];
    }

    /**
     * Performs {@code steps} sweeps.
     *
     * @throws IllegalArgumentException if steps is negative
     */
    @Override
    public void advance(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        for (long step = 0; step < steps; step++) {
            updateColour(0);
            updateColour(1);
            siteUpdates += size;
        }
    }

    private void updateColour(int colour) {
        int bandCount = bandStart.length - 1;
        int firstSerialBand = 0;
        if (workers > 1) {
            updateConcurrentBands(colour);
            firstSerialBand = concurrentBands;
        }
        for (int band = firstSerialBand; band < bandCount; band++) {
            updateBand(band, colour);
        }
        collectTallies();
    }

    /** Runs bands 0 … concurrentBands − 1 on this thread and up to {@code workers − 1} shared pool threads. */
    private void updateConcurrentBands(int colour) {
        BlockWorkers.forEachBlock(concurrentBands, workers, colourPhases[colour]);
    }

    private void collectTallies() {
        for (int slot = 0; slot < tally.length; slot += TALLY_STRIDE) {
            bondSum += tally[slot + BOND_CHANGE];
            spinSum += tally[slot + SPIN_CHANGE];
            flips += tally[slot + FLIPS];
            tally[slot + BOND_CHANGE] = 0;
            tally[slot + SPIN_CHANGE] = 0;
            tally[slot + FLIPS] = 0;
        }
    }

    /**
     * Returns the stream for one band's half-sweep. With several bands this is a jump() copy of the band's
     * generator, allocated by the thread that runs the band. Generators of different bands allocated side
     * by side share cache lines, so two threads drawing from them would slow each other down. The band's
     * generator moves 2^128 draws ahead per half-sweep, whatever the thread count.
     */
    private UniformRandomProvider halfSweepStream(int band) {
        UniformRandomProvider stream = bandStreams[band];
        return bandStreams.length > 1 ? ((JumpableUniformRandomProvider) stream).jump() : stream;
    }

    private void updateBand(int band, int colour) {
        UniformRandomProvider rng = halfSweepStream(band);
        int slot = band * TALLY_STRIDE;
        int end = bandStart[band + 1];
        for (int r = bandStart[band]; r < end; r++) {
            int firstColumn = (colour + r) & 1;
            if (periodic || (r > 0 && r < rows - 1)) {
                updateRow(r, firstColumn, rng, slot);
            } else {
                for (int c = firstColumn; c < cols; c += 2) {
                    updateSite(r, c, rng, slot);
                }
            }
        }
    }

    /**
     * Visits every second site of a row that has a row above and a row below, starting at
     * {@code firstColumn}. The two edge columns go through {@link #updateSite}, the rest through a loop
     * without boundary branches.
     */
    private void updateRow(int r, int firstColumn, UniformRandomProvider rng, int slot) {
        int c = firstColumn;
        if (c == 0) {
            updateSite(r, 0, rng, slot);
            c = 2;
        }
        int lastColumn = cols - 1;
        if (c < lastColumn) {
            c = updateInterior(r, c, lastColumn, rng, slot);
        }
        if (c == lastColumn) {
            updateSite(r, c, rng, slot);
        }
    }

    /**
     * Visits columns c, c + 2, … below {@code endColumn} of row r, none of them an edge column, and
     * returns the first column not visited.
     */
    private int updateInterior(int r, int c, int endColumn, UniformRandomProvider rng, int slot) {
        byte[] s = spins;
        double[] table = flipProbability;
        int base = r * cols;
        int up = (r > 0 ? r - 1 : rows - 1) * cols;
        int down = (r < rows - 1 ? r + 1 : 0) * cols;
        long alignmentOfFlips = 0;
        long spinOfFlips = 0;
        long flipCount = 0;
        for (; c < endColumn; c += 2) {
            int site = base + c;
            int spin = s[site];
            int alignment = spin * (s[up + c] + s[down + c] + s[site - 1] + s[site + 1]);
            double probability = table[(alignment + 4) * 2 + ((spin + 1) >> 1)];
            if (probability >= 1.0 || rng.nextDouble() < probability) {
                s[site] = (byte) -spin;
                alignmentOfFlips += alignment;
                spinOfFlips += spin;
                flipCount++;
            }
        }
        tally[slot + BOND_CHANGE] -= 2 * alignmentOfFlips;
        tally[slot + SPIN_CHANGE] -= 2 * spinOfFlips;
        tally[slot + FLIPS] += flipCount;
        return c;
    }

    /** Visits one site of any row or column. Missing neighbours of a free boundary count as 0. */
    private void updateSite(int r, int c, UniformRandomProvider rng, int slot) {
        byte[] s = spins;
        int site = r * cols + c;
        int sum = 0;
        if (r > 0) {
            sum += s[site - cols];
        } else if (periodic) {
            sum += s[site + size - cols];
        }
        if (r < rows - 1) {
            sum += s[site + cols];
        } else if (periodic) {
            sum += s[c];
        }
        if (c > 0) {
            sum += s[site - 1];
        } else if (periodic) {
            sum += s[site + cols - 1];
        }
        if (c < cols - 1) {
            sum += s[site + 1];
        } else if (periodic) {
            sum += s[site - cols + 1];
        }
        int spin = s[site];
        int alignment = spin * sum;
        double probability = flipProbability[IsingFlipTables.index(spin, alignment)];
        if (probability >= 1.0 || rng.nextDouble() < probability) {
            s[site] = (byte) -spin;
            tally[slot + BOND_CHANGE] -= 2L * alignment;
            tally[slot + SPIN_CHANGE] -= 2L * spin;
            tally[slot + FLIPS]++;
        }
    }

    /** Returns the first row of each band followed by the number of rows, so that tests can check the split. */
    int[] bandStarts() {
        return bandStart.clone();
    }

    @Override
    public void advanceSweeps(long sweeps) {
        advance(sweeps);
    }

    @Override
    public long stepsPerSweep() {
        return 1;
    }

    @Override
    public long siteUpdates() {
        return siteUpdates;
    }

    @Override
    public byte[] spins() {
        return spins;
    }

    @Override
    public double energy() {
        return model.energy(bondSum, spinSum);
    }

    @Override
    public double magnetization() {
        return (double) spinSum / size;
    }

    /** Returns the site visits so far; every visit proposes a flip. */
    @Override
    public long proposals() {
        return siteUpdates;
    }

    /** Returns the visits that flipped their spin. */
    @Override
    public long accepted() {
        return flips;
    }
}
