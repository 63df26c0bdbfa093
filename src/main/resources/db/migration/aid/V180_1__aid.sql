-- Student aid (学生资助): programmes as data, their dated standards per stage and tier (amounts in
-- integer fen per year, each with its source), applications through school review, public notice
-- (公示) and bureau approval to a payment batch, every transition a history row, and reversals
-- (recorded, never deleted). One grant per student, programme and semester: grant_key is set while
-- an application stands and cleared when it is rejected or reversed (a unique index allows many nulls).
create sequence aid_seq start with 101 increment by 50;

create table aid_programme (
    code varchar(30) not null primary key,
    name_zh varchar(100) not null,
    name_en varchar(100) not null,
    kind varchar(12) not null,
    stages varchar(100) not null,
    local_programme boolean not null,
    active boolean not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);

create table aid_standard (
    id bigint not null primary key,
    programme_code varchar(30) not null references aid_programme (code),
    stage varchar(12) not null,
    tier varchar(12) not null,
    amount_per_year_fen bigint not null,
    effective_from date not null,
    source varchar(300) not null,
    recorded_by varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_aid_standard on aid_standard (programme_code, stage, tier, effective_from);

create table aid_batch (
    id bigint not null primary key,
    owner_unit_id bigint not null,
    owner_path varchar(400) not null,
    programme_code varchar(30) not null references aid_programme (code),
    semester varchar(7) not null,
    paid_on date not null,
    students integer not null,
    amount_fen bigint not null,
    created_by varchar(64) not null,
    created_at ${ts} not null
);
create index ix_aid_batch_owner on aid_batch (owner_path ${pattern_ops}, paid_on);

create table aid_application (
    id bigint not null primary key,
    student_id bigint not null,
    unit_id bigint not null,
    unit_path varchar(400) not null,
    programme_code varchar(30) not null references aid_programme (code),
    semester varchar(7) not null,
    tier varchar(12) not null,
    category varchar(24),
    evidence varchar(500),
    applied_on date not null,
    status varchar(16) not null,
    amount_fen bigint,
    notice_from date,
    notice_until date,
    batch_id bigint references aid_batch (id),
    paid_on date,
    grant_key varchar(80),
    updated_by varchar(64) not null,
    updated_at ${ts} not null,
    version bigint not null
);
create unique index ux_aid_application_grant on aid_application (grant_key);
create index ix_aid_application_path on aid_application (unit_path ${pattern_ops}, semester, status);
create index ix_aid_application_batch on aid_application (programme_code, semester, status);
create index ix_aid_application_student on aid_application (student_id);
create index ix_aid_application_paid on aid_application (paid_on, status);

create table aid_step (
    id bigint not null primary key,
    application_id bigint not null references aid_application (id),
    from_status varchar(16),
    to_status varchar(16) not null,
    note varchar(500),
    actor varchar(64) not null,
    occurred_at ${ts} not null
);
create index ix_aid_step_application on aid_step (application_id);

create table aid_reversal (
    id bigint not null primary key,
    application_id bigint not null references aid_application (id),
    batch_id bigint not null references aid_batch (id),
    amount_fen bigint not null,
    reason varchar(500) not null,
    reversed_on date not null,
    actor varchar(64) not null,
    recorded_at ${ts} not null
);
create index ix_aid_reversal_application on aid_reversal (application_id);

-- The national programmes (policy rules §9); a bureau adds its local ones as data.
insert into aid_programme (code, name_zh, name_en, kind, stages, local_programme, active, recorded_by, recorded_at) values
('BOARDING_LIVING', '义务教育家庭经济困难寄宿生生活补助', 'Living allowance for boarders from families in hardship (compulsory education)', 'GRANT', 'PRIMARY,JUNIOR,SPECIAL', false, true, 'system', '2026-12-07 00:00:00'),
('NON_BOARDING_LIVING', '义务教育家庭经济困难非寄宿生生活补助', 'Living allowance for non-boarders from families in hardship (compulsory education)', 'GRANT', 'PRIMARY,JUNIOR,SPECIAL', false, true, 'system', '2026-12-07 00:00:00'),
('NUTRITION_MEALS', '农村义务教育学生营养改善计划', 'Nutrition improvement programme meals (rural compulsory education)', 'MEALS', 'PRIMARY,JUNIOR,SPECIAL', false, true, 'system', '2026-12-07 00:00:00'),
('HIGH_SCHOOL_GRANT', '普通高中国家助学金', 'National grant (general high school)', 'GRANT', 'SENIOR', false, true, 'system', '2026-12-07 00:00:00'),
('HIGH_SCHOOL_FEE_WAIVER', '普通高中免学费', 'Tuition waiver (general high school)', 'FEE_WAIVER', 'SENIOR', false, true, 'system', '2026-12-07 00:00:00'),
('VOCATIONAL_GRANT', '中职国家助学金', 'National grant (secondary vocational school)', 'GRANT', 'VOCATIONAL', false, true, 'system', '2026-12-07 00:00:00'),
('VOCATIONAL_FEE_WAIVER', '中职免学费', 'Tuition waiver (secondary vocational school)', 'FEE_WAIVER', 'VOCATIONAL', false, true, 'system', '2026-12-07 00:00:00'),
('STUDENT_LOAN', '生源地信用助学贷款', 'Student-origin credit loan', 'LOAN', 'SENIOR', false, true, 'system', '2026-12-07 00:00:00');

-- Standards per year in fen, dated by the first day of the semester they apply from (spring: 1 March,
-- autumn: 1 September). The sequence starts at 101, so these ids are never handed out again.
insert into aid_standard (id, programme_code, stage, tier, amount_per_year_fen, effective_from, source, recorded_by, recorded_at) values
(1, 'BOARDING_LIVING', 'PRIMARY', 'STANDARD', 100000, '2019-03-01', '政策规则§9：2024年春季学期以前国家基础标准小学每生每年1000元', 'system', '2026-12-07 00:00:00'),
(2, 'BOARDING_LIVING', 'JUNIOR', 'STANDARD', 125000, '2019-03-01', '政策规则§9：2024年春季学期以前国家基础标准初中每生每年1250元', 'system', '2026-12-07 00:00:00'),
(3, 'BOARDING_LIVING', 'PRIMARY', 'STANDARD', 125000, '2024-03-01', '政策规则§9：自2024年春季学期起国家基础标准小学每生每年1250元', 'system', '2026-12-07 00:00:00'),
(4, 'BOARDING_LIVING', 'JUNIOR', 'STANDARD', 150000, '2024-03-01', '政策规则§9：自2024年春季学期起国家基础标准初中每生每年1500元', 'system', '2026-12-07 00:00:00'),
(5, 'NON_BOARDING_LIVING', 'PRIMARY', 'STANDARD', 50000, '2019-03-01', '政策规则§9：非寄宿生按寄宿生标准的50%（小学1000元的一半）', 'system', '2026-12-07 00:00:00'),
(6, 'NON_BOARDING_LIVING', 'JUNIOR', 'STANDARD', 62500, '2019-03-01', '政策规则§9：非寄宿生按寄宿生标准的50%（初中1250元的一半）', 'system', '2026-12-07 00:00:00'),
(7, 'NON_BOARDING_LIVING', 'PRIMARY', 'STANDARD', 62500, '2024-03-01', '政策规则§9：自2024年春季学期起非寄宿生按50%（小学1250元的一半）', 'system', '2026-12-07 00:00:00'),
(8, 'NON_BOARDING_LIVING', 'JUNIOR', 'STANDARD', 75000, '2024-03-01', '政策规则§9：自2024年春季学期起非寄宿生按50%（初中1500元的一半）', 'system', '2026-12-07 00:00:00'),
(9, 'HIGH_SCHOOL_GRANT', 'SENIOR', 'STANDARD', 200000, '2019-03-01', '政策规则§9：普通高中国家助学金平均每生每年2000元', 'system', '2026-12-07 00:00:00'),
(10, 'HIGH_SCHOOL_GRANT', 'SENIOR', 'STANDARD', 230000, '2025-03-01', '政策规则§9：自2025年春季学期起普通高中国家助学金平均每生每年2300元', 'system', '2026-12-07 00:00:00'),
(11, 'VOCATIONAL_GRANT', 'VOCATIONAL', 'STANDARD', 200000, '2019-03-01', '政策规则§9：中职国家助学金平均每生每年2000元', 'system', '2026-12-07 00:00:00'),
(12, 'VOCATIONAL_GRANT', 'VOCATIONAL', 'STANDARD', 230000, '2025-03-01', '政策规则§9：自2025年春季学期起中职国家助学金平均每生每年2300元', 'system', '2026-12-07 00:00:00'),
(13, 'NUTRITION_MEALS', 'PRIMARY', 'STANDARD', 100000, '2021-09-01', '地方参数（回忆值，待核）：营养膳食补助每生每天5元、按200天计', 'system', '2026-12-07 00:00:00'),
(14, 'NUTRITION_MEALS', 'JUNIOR', 'STANDARD', 100000, '2021-09-01', '地方参数（回忆值，待核）：营养膳食补助每生每天5元、按200天计', 'system', '2026-12-07 00:00:00'),
(15, 'HIGH_SCHOOL_FEE_WAIVER', 'SENIOR', 'STANDARD', 80000, '2019-03-01', '地方参数：本县普通高中核定学费标准（示例值，由本局按物价部门核定数设置）', 'system', '2026-12-07 00:00:00'),
(16, 'VOCATIONAL_FEE_WAIVER', 'VOCATIONAL', 'STANDARD', 200000, '2019-03-01', '地方参数（回忆值，待核）：中职免学费补助每生每年2000元', 'system', '2026-12-07 00:00:00'),
(17, 'STUDENT_LOAN', 'SENIOR', 'STANDARD', 1600000, '2021-09-01', '地方参数（回忆值，待核）：生源地信用助学贷款本专科生每人每年不超过16000元（贷款额度上限）', 'system', '2026-12-07 00:00:00');
