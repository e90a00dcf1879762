package org.mrfsampler.job;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs, and the conditional updates through which they change state. Each update names the status it
 * expects, so a job is claimed, cancelled or finished at most once even with several workers: an update
 * that returns 0 lost the race.
 */
public interface JobRepository extends JpaRepository<Job, UUID> {

    List<Job> findByStatusInOrderByCreatedAtAsc(Collection<JobStatus> statuses);

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Job j set j.status = org.mrfsampler.job.JobStatus.RUNNING, j.startedAt = :now"
            + " where j.id = :id and j.status = org.mrfsampler.job.JobStatus.QUEUED")
    int claim(@Param("id") UUID id, @Param("now") Instant now);

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Job j set j.stepsDone = :stepsDone, j.sweepsDone = :sweepsDone, j.proposals = :proposals,"
            + " j.accepted = :accepted, j.samplesStored = :samplesStored, j.statistics = :statistics"
            + " where j.id = :id and j.status = org.mrfsampler.job.JobStatus.RUNNING")
    int updateProgress(@Param("id") UUID id, @Param("stepsDone") long stepsDone, @Param("sweepsDone") double sweepsDone,
            @Param("proposals") long proposals, @Param("accepted") long accepted,
            @Param("samplesStored") long samplesStored, @Param("statistics") String statistics);

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Job j set j.status = :status, j.finishedAt = :now, j.errorMessage = :errorMessage"
            + " where j.id = :id and j.status = org.mrfsampler.job.JobStatus.RUNNING")
    int finish(@Param("id") UUID id, @Param("status") JobStatus status, @Param("now") Instant now,
            @Param("errorMessage") String errorMessage);

    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Job j set j.status = org.mrfsampler.job.JobStatus.CANCELLED, j.finishedAt = :now"
            + " where j.id = :id and j.status in (org.mrfsampler.job.JobStatus.QUEUED, org.mrfsampler.job.JobStatus.RUNNING)")
    int cancel(@Param("id") UUID id, @Param("now") Instant now);

    /** Puts a job that was RUNNING when the service stopped back in the queue, its progress reset. */
    @Transactional
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Job j set j.status = org.mrfsampler.job.JobStatus.QUEUED, j.startedAt = null, j.stepsDone = 0,"
            + " j.sweepsDone = 0, j.proposals = 0, j.accepted = 0, j.samplesStored = 0, j.statistics = null"
            + " where j.id = :id and j.status = org.mrfsampler.job.JobStatus.RUNNING")
    int requeue(@Param("id") UUID id);
}
