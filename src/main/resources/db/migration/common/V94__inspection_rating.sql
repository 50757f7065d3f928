-- The inspected party's anonymous rating of a finished inspection (检查评价) — inspection, helper R2.
-- One per task (the primary key): a score of 1 to 5 and an optional comment, with the day it was given.
-- Nothing about the rater is stored (no account, no address); supervisors (unit head, agency head) read it.
create table inspection_rating (
    inspection_task bigint not null primary key references inspection_task (id),
    score integer not null,
    comment varchar(500),
    rated_on date not null,
    constraint ck_inspection_rating_score check (score between 1 and 5)
);
