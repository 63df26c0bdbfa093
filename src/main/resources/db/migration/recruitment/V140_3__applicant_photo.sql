-- An applicant's photo (issue 16): one per application, replaced by a new upload; what the
-- bytes are (JPEG or PNG, judged by content), their size and pixels; the bytes in a table of
-- their own, as the other scans are stored.
create table recruitment_applicant_photo (
    application_id bigint not null primary key references recruitment_application (id),
    file_name varchar(150) not null,
    content_type varchar(30) not null,
    size bigint not null,
    width integer not null,
    height integer not null,
    updated_by varchar(64) not null,
    updated_at ${ts} not null
);

create table recruitment_applicant_photo_content (
    application_id bigint not null primary key references recruitment_applicant_photo (application_id),
    content ${blob} not null
);
