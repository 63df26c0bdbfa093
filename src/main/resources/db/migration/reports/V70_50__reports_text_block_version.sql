-- The annual summary's narrative blocks per owner (the data scope that wrote them), year, part
-- and language; every save is a new version, never overwritten.
create sequence reports_text_block_version_seq start with 1 increment by 50;

create table reports_text_block_version (
    id bigint not null primary key,
    owner_key varchar(60) not null,
    summary_year integer not null,
    section varchar(20) not null,
    language varchar(5) not null,
    version_no integer not null,
    body ${clob} not null,
    created_at ${ts} not null,
    created_by varchar(64) not null
);
create unique index ux_reports_text_block_version
    on reports_text_block_version (owner_key, summary_year, section, language, version_no);
