-- Enforcement cases, helper H: service modes and everything after the decision, one row per
-- case, part of the penalty case aggregate (rewritten with it on each save).
create table case_execution (
    case_id bigint not null primary key references penalty_case (id),
    notice_service_mode varchar(16),
    decision_service_mode varchar(16),
    payment_due_on date,
    plan_granted_on date,
    instalments text,
    payments text,
    late_hand_in boolean not null,
    remedies text,
    reminded_on date,
    court_applied_on date,
    court_ruling varchar(32),
    court_ruled_on date,
    revoked_on date,
    case_file_sha256 varchar(64),
    constraint ck_case_execution_notice_mode check (notice_service_mode in ('DIRECT', 'LEFT', 'POST', 'ELECTRONIC',
        'ANNOUNCEMENT')),
    constraint ck_case_execution_decision_mode check (decision_service_mode in ('DIRECT', 'LEFT', 'POST',
        'ELECTRONIC', 'ANNOUNCEMENT'))
);
