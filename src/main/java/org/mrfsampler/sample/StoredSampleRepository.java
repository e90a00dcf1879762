package org.mrfsampler.sample;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** Stored samples, read in index order a page at a time so that no request loads a whole chain. */
public interface StoredSampleRepository extends JpaRepository<StoredSample, StoredSample.Key> {

    /** Returns the samples with {@code fromIndex <= index < toIndex}, in index order. */
    @Query("select s from StoredSample s where s.jobId = :jobId and s.index >= :fromIndex and s.index < :toIndex"
            + " order by s.index")
    List<StoredSample> findRange(@Param("jobId") UUID jobId, @Param("fromIndex") long fromIndex,
            @Param("toIndex") long toIndex);

    long countByJobId(UUID jobId);

    @Transactional
    @Modifying
    @Query("delete from StoredSample s where s.jobId = :jobId")
    int deleteByJobId(@Param("jobId") UUID jobId);
}
