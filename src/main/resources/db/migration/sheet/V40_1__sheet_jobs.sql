-- Background jobs (page imports, API imports while they run, long actions) kept in the shared
-- database, so any node answers their progress and a job whose node died is marked failed
-- (sheet.JobSweeper) instead of staying "running". Instants are UTC.
create table sheet_job (
    id varchar(36) not null,
    kind varchar(10) not null,
    owner varchar(100) not null,
    label varchar(300),
    dry_run boolean not null,
    locale varchar(20) not null,
    state varchar(10) not null,
    phase varchar(10) not null,
    node varchar(200) not null,
    done integer not null,
    total integer not null,
    page varchar(300),
    error_count integer,
    result ${clob},
    started_at ${ts} not null,
    heartbeat_at ${ts} not null,
    finished_at ${ts},
    constraint sheet_job_pk primary key (id)
);
create index ix_sheet_job_owner on sheet_job (owner, finished_at);
create index ix_sheet_job_state on sheet_job (state, heartbeat_at);

-- The uploaded file of a page import, readable by every node for the error report and a rerun;
-- at most edubureau.sheet.max-file-bytes (50 MB). Deleted with its job after the retention time.
create table sheet_job_file (
    job_id varchar(36) not null,
    content ${blob} not null,
    constraint sheet_job_file_pk primary key (job_id),
    constraint sheet_job_file_job foreign key (job_id) references sheet_job (id) on delete cascade
);

-- The keys (identity numbers, result keys) a running import is writing: the primary key lets one
-- import on any node hold a key, so a second import of it is refused at once naming the first.
-- Released when the import ends, or by the sweeper when its job failed or its node died.
create table sheet_claim (
    claim_key varchar(200) not null,
    job_id varchar(36) not null,
    constraint sheet_claim_pk primary key (claim_key)
);
create index ix_sheet_claim_job on sheet_claim (job_id);
