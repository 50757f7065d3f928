-- Case deadlines and list filters (casefile module, issue 16 item 5 and 10).
-- The nearest running time limit of a case (kept by the aggregate's save on every act) so that the
-- list filters by 正常 / 临期 / 超期 in SQL; the officers on a case's acts for the officer filter.
alter table penalty_case add column due_on date;
alter table penalty_case add column due_kind varchar(32);
create index penalty_case_agency_stage_due on penalty_case (agency_id, stage, due_on);
create index penalty_case_agency_due on penalty_case (agency_id, due_on);
create index penalty_case_agency_filed on penalty_case (agency_id, filed_on);

create table case_officer (
    case_id bigint not null references penalty_case (id),
    officer_id bigint not null,
    primary key (case_id, officer_id)
);
create index case_officer_officer on case_officer (officer_id, case_id);
