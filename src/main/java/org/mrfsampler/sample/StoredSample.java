package org.mrfsampler.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
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
    private byte[] spins;

    @Transient
    private boolean isNew;

    protected StoredSample() {
    }

    public StoredSample(UUID jobId, long index, long step, double energy, double magnetization, byte[] packedSpins) {
        this.jobId = jobId;
        this.index = index;
        this.step = step;
        this.energy = energy;
        this.magnetization = magnetization;
        this.spins = packedSpins;
        this.isNew = true;
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
}
