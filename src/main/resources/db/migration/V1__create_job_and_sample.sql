-- Jobs and their thinned samples. Written to run unchanged on H2 and PostgreSQL.
create table job (
    id             uuid primary key,
    status         varchar(16)      not null,
    model_type     varchar(16)      not null,
    spec           varchar          not null,
    seed           bigint           not null,
    lattice_rows   integer          not null,
    lattice_cols   integer          not null,
    total_steps    bigint           not null,
    steps_done     bigint           not null default 0,
    proposals      bigint           not null default 0,
    accepted       bigint           not null default 0,
    samples_stored bigint           not null default 0,
    error_message  varchar(2000),
    created_at     timestamp with time zone not null,
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone
);

create index job_created_at_idx on job (created_at);
create index job_status_idx on job (status);

-- spins: one bit per spin, row-major, most significant bit first, 1 for +1.
create table sample (
    job_id        uuid             not null references job (id) on delete cascade,
    sample_index  bigint           not null,
    step          bigint           not null,
    energy        double precision not null,
    magnetization double precision not null,
    spins         bytea            not null,
    primary key (job_id, sample_index)
);
