package org.mrfsampler.sampler;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.model.SpinModel;
import org.mrfsampler.model.Spins;

/**
 * Wolff single-cluster algorithm for the ferromagnetic Ising model in zero field (Wolff, 1989).
 *
 * <p>One step is one cluster flip. The step picks a seed site uniformly at random, grows a cluster from it
 * by adding each aligned neighbour of a cluster site with probability p_add = 1 − exp(−2βJ), once per
 * bond, and flips the whole cluster. Every proposed cluster is flipped, so {@link #proposals()} and
 * {@link #accepted()} both count cluster flips, and {@link #siteUpdates()} counts the flipped spins. The
 * chain satisfies detailed balance for p(s) ∝ exp(−β E(s)) only when h = 0 and J ≥ 0, and
 * {@link #unsupported} rejects every other model. Both boundary conditions are supported. On a periodic
 * dimension of length 2 the doubled bond gets two independent tests, as it counts twice in E.
 *
 * <p>A sweep ({@link #advanceSweeps}) is a fixed number of cluster flips, N / ⟨cluster size⟩ rounded, so
 * that a sweep flips about N spins in equilibrium. The constructor measures the mean cluster size while it
 * equilibrates the chain: it flips clusters, with a stream seeded from one draw of the given generator, in
 * windows of one sweep's worth of flipped spins until the last {@value #CALIBRATION_GROUP} windows agree
 * within 10 % with the {@value #CALIBRATION_GROUP} before them (at most {@value #MAX_CALIBRATION_WINDOWS}
 * windows), and the last {@value #CALIBRATION_GROUP} give the mean. The chain then starts from the
 * equilibrated state, with its counters at zero, so the initial state is where this burn-in begins. The
 * count must not depend on the chain's later states: stopping a sweep once the flipped spins reach N would
 * observe the chain at a time that favours large clusters, and so ordered states, and bias every average.
 * Calibrating on a copy instead would leave a chain that starts disordered with a sweep budget sized for
 * equilibrium clusters, which at the critical point is a few clusters of a few spins each.
 *
 * <p>Cost per step: O(cluster size) and no allocation. The step makes one {@code nextInt(N)} draw and one
 * {@code nextLong()} draw per tested bond, none when p_add is 0 or 1. Cluster membership is marked with a
 * generation number, so nothing is cleared between clusters. Energy and magnetisation are kept exactly
 * as integer bond and spin sums, updated as each cluster site flips.
 */
public final class IsingWolffCluster implements MarkovChain {

    /** Windows of one sweep's worth of flipped spins whose mean cluster size the calibration compares. */
    static final int CALIBRATION_GROUP = 5;

    /** Most calibration windows, which bounds the calibration at 100 sweeps' worth of flipped spins. */
    static final int MAX_CALIBRATION_WINDOWS = 100;

    /** 2^53: a draw {@code nextLong() >>> 11} is uniform on [0, 2^53). */
    private static final double TWO_POW_53 = 0x1p53;

    private final IsingModel model;
    /** The chain's stream; during calibration, the calibration stream. */
    private UniformRandomProvider rng;
    private final byte[] spins;
    private final int cols;
    private final int size;
    private final boolean periodic;
    /** Sites waiting to be grown from, with their columns in {@link #stackCols} so no division is needed. */
    private final int[] stackSites;
    private final int[] stackCols;
    /** Per site, the generation of the last cluster that contained it. */
    private final int[] marks;
    /** A bond is added when {@code nextLong() >>> 11 < addThreshold}, which has probability exactly p_add. */
    private final long addThreshold;
    private final boolean addAlways;
    private final boolean addNever;

    private int generation;
    private long bondSum;
    private long spinSum;
    private long clusters;
    private long flippedSpins;
    private final long clustersPerSweep;

    /**
     * @param spins the initial state (±1, rows·cols entries). The chain takes ownership of the array
     * @throws IllegalArgumentException if {@link #unsupported} rejects the model, or the state has the
     *     wrong length or an entry other than ±1
     */
    public IsingWolffCluster(IsingModel model, byte[] spins, UniformRandomProvider rng) {
        unsupported(model).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        if (spins.length != model.size() || !Spins.arePlusMinusOne(spins)) {
            throw new IllegalArgumentException("initial state must have " + model.size() + " entries of -1 or +1");
        }
        this.model = model;
        this.rng = rng;
        this.spins = spins;
        this.cols = model.cols();
        this.size = model.size();
        this.periodic = model.periodic();
        this.stackSites = new int[size];
        this.stackCols = new int[size];
        this.marks = new int[size];
        this.bondSum = model.bondSum(spins);
        this.spinSum = Spins.sum(spins);

        // −expm1 keeps p_add accurate when 2βJ is tiny. Scaling by 2^53 is exact, so the ceiling turns
        // "k / 2^53 < p_add" into the integer test "k < addThreshold".
        double addProbability = -Math.expm1(-2.0 * model.beta() * model.coupling());
        this.addThreshold = (long) Math.ceil(addProbability * TWO_POW_53);
        this.addAlways = addProbability >= 1.0;
        this.addNever = addProbability <= 0.0;
        this.clustersPerSweep = calibrateClustersPerSweep();
    }

    /**
     * Equilibrates the chain with a stream seeded from one draw of its own, measuring the mean cluster
     * size, then zeroes the counters and returns N / ⟨cluster size⟩ rounded, at least 1.
     */
    private static double groupMean(long[] flips, long[] clusterCounts, int first) {
        long flipSum = 0;
        long clusterSum = 0;
        for (int window = first; window < first + CALIBRATION_GROUP; window++) {
            flipSum += flips[window];
            clusterSum += clusterCounts[window];
        }
        return (double) flipSum / clusterSum;
    }

    private long calibrateClustersPerSweep() {
        UniformRandomProvider chainStream = rng;

        rng = RandomStreams.xoshiro256PlusPlus(chainStream.nextLong());
        // Window w flips about N spins. The mean cluster size is the ratio of flips to clusters over the
        // last CALIBRATION_GROUP windows, taken once it agrees within 10 % with the group before.
        long[] windowFlips = new long[MAX_CALIBRATION_WINDOWS];
        long[] windowClusters = new long[MAX_CALIBRATION_WINDOWS];
        double meanClusterSize = 1;
        for (int window = 0; window < MAX_CALIBRATION_WINDOWS; window++) {
            long startClusters = clusters;
            long startSpins = flippedSpins;
            while (flippedSpins < startSpins + size) {
                flipCluster();
            }
            windowFlips[window] = flippedSpins - startSpins;
            windowClusters[window] = clusters - startClusters;
            if (window + 1 >= 2 * CALIBRATION_GROUP) {
                meanClusterSize = groupMean(windowFlips, windowClusters, window + 1 - CALIBRATION_GROUP);
                double previous = groupMean(windowFlips, windowClusters, window + 1 - 2 * CALIBRATION_GROUP);
                if (Math.abs(meanClusterSize - previous) <= 0.1 * previous) {
                    break;
                }
            }
        }
        long perSweep = Math.max(1, Math.round(size / meanClusterSize));

        rng = chainStream;
        clusters = 0;
        flippedSpins = 0;
        return perSweep;
    }

    /**
     * Explains why this kernel cannot sample the model, or returns empty if it can: it needs an Ising
     * model with field h = 0 and coupling J ≥ 0.
     */
    public static Optional<String> unsupported(SpinModel model) {
        if (!(model instanceof IsingModel ising)) {
            return Optional.of("wolff samples only the Ising model; use metropolis for "
                    + model.getClass().getSimpleName());
        }
        if (ising.field() != 0.0) {
            return Optional.of("wolff needs field h = 0 because cluster flips ignore the field, got h = "
                    + ising.field() + "; use a single-site algorithm such as metropolis");
        }
        if (ising.coupling() < 0.0) {
            return Optional.of("wolff needs coupling J >= 0 because its clusters join aligned spins only, got J = "
                    + ising.coupling() + "; use a single-site algorithm such as metropolis");
        }
        return Optional.empty();
    }

    @Override
    public void advance(long steps) {
        for (long step = 0; step < steps; step++) {
            flipCluster();
        }
    }

    /** Flips {@link #stepsPerSweep()} clusters per sweep, a count fixed at construction. */
    @Override
    public void advanceSweeps(long sweeps) {
        advance(Math.multiplyExact(sweeps, clustersPerSweep));
    }

    private void flipCluster() {
        byte[] s = spins;
        int[] sites = stackSites;
        int[] columns = stackCols;
        int[] mark = marks;
        int gen = nextGeneration();

        int seed = rng.nextInt(size);
        int clusterSpin = s[seed];
        byte flipped = (byte) -clusterSpin;
        mark[seed] = gen;
        sites[0] = seed;
        columns[0] = seed % cols;
        int top = 1;
        int clusterSize = 0;
        // Σ over cluster sites of their neighbour sum at the moment each one flips. Flipping one site
        // changes the bond sum by −2·clusterSpin·(its neighbour sum), so the flips add up exactly.
        long neighbourTotal = 0;

        while (top > 0) {
            top--;
            int site = sites[top];
            int col = columns[top];
            s[site] = flipped;
            clusterSize++;

            int up = site - cols;
            if (up >= 0 || periodic) {
                up = up >= 0 ? up : up + size;
                neighbourTotal += s[up];
                top = tryAdd(up, col, clusterSpin, gen, top);
            }
            int down = site + cols;
            if (down < size || periodic) {
                down = down < size ? down : down - size;
                neighbourTotal += s[down];
                top = tryAdd(down, col, clusterSpin, gen, top);
            }
            if (col > 0 || periodic) {
                int left = col > 0 ? site - 1 : site + cols - 1;
                int leftCol = col > 0 ? col - 1 : cols - 1;
                neighbourTotal += s[left];
                top = tryAdd(left, leftCol, clusterSpin, gen, top);
            }
            if (col < cols - 1 || periodic) {
                int right = col < cols - 1 ? site + 1 : site - cols + 1;
                int rightCol = col < cols - 1 ? col + 1 : 0;
                neighbourTotal += s[right];
                top = tryAdd(right, rightCol, clusterSpin, gen, top);
            }
        }

        bondSum -= 2L * clusterSpin * neighbourTotal;
        spinSum -= 2L * clusterSpin * clusterSize;
        flippedSpins += clusterSize;
        clusters++;
    }

    /**
     * Tests the bond to {@code site} and pushes the site if the bond joins the cluster. Sites already in
     * the cluster are marked (if still on the stack) or flipped, so neither passes the alignment test.
     *
     * @return the new stack size
     */
    private int tryAdd(int site, int col, int clusterSpin, int gen, int top) {
        if (spins[site] != clusterSpin || marks[site] == gen || !addBond()) {
            return top;
        }
        marks[site] = gen;
        stackSites[top] = site;
        stackCols[top] = col;
        return top + 1;
    }

    private boolean addBond() {
        if (addAlways) {
            return true;
        }
        if (addNever) {
            return false;
        }
        return (rng.nextLong() >>> 11) < addThreshold;
    }

    private int nextGeneration() {
        if (generation == Integer.MAX_VALUE) {
            // Once per 2^31 clusters: clear the marks so an old generation cannot match a new one.
            Arrays.fill(marks, 0);
            generation = 0;
        }
        return ++generation;
    }

    /** Returns the cluster flips of one sweep, N / ⟨cluster size⟩ as measured at construction. */
    @Override
    public long stepsPerSweep() {
        return clustersPerSweep;
    }

    /** Returns the spins flipped so far, summed over all cluster flips. */
    @Override
    public long siteUpdates() {
        return flippedSpins;
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

    /** Returns the cluster flips done so far. */
    @Override
    public long proposals() {
        return clusters;
    }

    /** Returns the cluster flips done so far: every proposed cluster is flipped. */
    @Override
    public long accepted() {
        return clusters;
    }
}
