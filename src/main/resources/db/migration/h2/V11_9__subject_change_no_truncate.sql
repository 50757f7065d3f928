-- TRUNCATE TABLE subject_change is refused as for the platform's append-only tables (see V9_1): a foreign key of an
-- empty guard table references it.
create table subject_change_guard (
    subject_change_id bigint references subject_change (id),
    constraint subject_change_guard_stays_empty check (1 = 0)
);
