package org.mrfsampler.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * One thinned state of a chain: sample {@code index} (1-based) is the state after {@code step} steps.
 * Spins are packed one bit each by {@link org.mrfsampler.model.PackedSpins}.
 */
@Entity
@Table(name = "sample")
@IdClass(StoredSample.Key.class)
public class StoredSample implements Persistable<StoredSample.Key> {

    /** Primary key: the job and the sample's index within it. */
    public record Key(UUID jobId, long index) implements Serializable {
    }

    @Id
    @Column(name = "job_id")
    private UUID jobId;

    @Id
    @Column(name = "sample_index")
    private long index;

    @Column(nullable = false)
    private long step;

    @Column(nullable = false)
    private double energy;

    @Column(nullable = false)
    private double magnetization;

    @Column(nullable = false)
    private double sweeps;

    @Column(nullable = false)
    private byte[] spins;

    /** Pattern overlaps q_μ as consecutive big-endian doubles; null for models without patterns. */
    @Column(name = "pattern_overlaps")
    private byte[] overlaps;

    @Transient
    private boolean isNew;

    protected StoredSample() {
    }

    /**
     * @param step steps or sweeps done, in the unit of the job's run length
     * @param sweeps site updates done divided by the number of sites
     * @param overlaps the pattern overlaps, or an empty array for models without patterns
     */
    public StoredSample(UUID jobId, long index, long step, double sweeps, double energy, double magnetization,
            byte[] packedSpins, double[] overlaps) {
        this.jobId = jobId;
        this.index = index;
        this.step = step;
        this.sweeps = sweeps;
        this.energy = energy;
        this.magnetization = magnetization;
        this.spins = packedSpins;
        this.overlaps = overlaps.length == 0 ? null : encode(overlaps);
        this.isNew = true;
    }

    private static byte[] encode(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES);
        buffer.asDoubleBuffer().put(values);
        return buffer.array();
    }

    @Override
    public Key getId() {
        return new Key(jobId, index);
    }

    /** Samples are only ever inserted, so a constructed one is new and JPA skips the select before insert. */
    @Override
    public boolean isNew() {
        return isNew;
    }

    public UUID getJobId() {
        return jobId;
    }

    public long getIndex() {
        return index;
    }

    public long getStep() {
        return step;
    }

    public double getEnergy() {
        return energy;
    }

    public double getMagnetization() {
        return magnetization;
    }

    public byte[] getSpins() {
        return spins;
    }

    public double getSweeps() {
        return sweeps;
    }

    /** Returns the pattern overlaps q_μ, or null for models without patterns. */
    public double[] getOverlaps() {
        if (overlaps == null) {
            return null;
        }
        double[] values = new double[overlaps.length / Double.BYTES];
        ByteBuffer.wrap(overlaps).asDoubleBuffer().get(values);
        return values;
    }
}
