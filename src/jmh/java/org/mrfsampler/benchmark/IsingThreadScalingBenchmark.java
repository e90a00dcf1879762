package org.mrfsampler.benchmark;

import java.util.concurrent.TimeUnit;
import org.mrfsampler.model.IsingModel;
import org.mrfsampler.sampler.InitialStates;
import org.mrfsampler.sampler.MarkovChain;
import org.mrfsampler.sampler.RandomStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sweep kernels on a 2048×2048 periodic Ising lattice, J = 1, h = 0, β = β_c, with 1 and 2 worker threads,
 * in ns per site update (wall-clock time, so perfect scaling halves the score). JMH itself drives the chain
 * from one thread; the {@code threads} parameter goes to {@code Algorithms.create}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class IsingThreadScalingBenchmark {

    private static final int SIDE = 2048;
    private static final int SITES = SIDE * SIDE;

    @Param({"multispin", "metropolis-sweep"})
    public String algorithm;

    @Param({"1", "2"})
    public int threads;

    @Param({"10"})
    public int burnInSweeps;

    private MarkovChain chain;

    @Setup
    public void createChain() {
        IsingModel model = BenchmarkChains.ising(SIDE, SIDE, 1.0, BenchmarkChains.CRITICAL_BETA);
        byte[] initial = InitialStates.random(SITES, RandomStreams.xoshiro256PlusPlus(1));
        chain = BenchmarkChains.create(algorithm, model, initial, RandomStreams.xoshiro256PlusPlus(2), threads);
        BenchmarkChains.burnIn(chain, SITES, burnInSweeps);
    }

    /** Runs one sweep of 2²² site updates; the score is per site update. */
    @Benchmark
    @OperationsPerInvocation(SITES)
    public long sweep() {
        chain.advanceSweeps(1);
        return chain.accepted();
    }
}
