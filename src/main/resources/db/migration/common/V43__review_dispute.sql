-- Disagreement with a return (异议), the coordination record (协调记录) and the agency head's
-- decision or referral to collective discussion (集体讨论), issue 15 point 6. A round may be
-- settled for the handling unit's content by the head or by a collective discussion; the
-- discussion now belongs to the round it discussed.
alter table review_request drop constraint ck_review_request_status;
alter table review_request add constraint ck_review_request_status check (status in ('SUBMITTED', 'IN_REVIEW',
    'PASSED', 'RETURNED', 'WITHDRAWN', 'DISPUTED', 'AWAITING_HEAD', 'IN_DISCUSSION', 'SETTLED'));
alter table review_request add column discussion_round integer;
update review_request set discussion_round = (select max(x.round_index) from review_round x
    where x.request_id = review_request.id) where discussion is not null;
alter table review_round add column settled_by varchar(16);
alter table review_round add constraint ck_review_round_settled_by check (settled_by in ('HEAD', 'DISCUSSION'));

create table review_dispute (
    request_id bigint not null references review_request (id),
    dispute_index integer not null,
    round_index integer not null,
    raised_by varchar(64) not null,
    raised_by_name varchar(100) not null,
    reasons varchar(2000) not null,
    raised_at timestamp with time zone not null,
    coordination text,
    coordination_result varchar(24),
    coordinated_by varchar(64),
    coordinated_at timestamp with time zone,
    head_decision varchar(16),
    head_reasons varchar(2000),
    head varchar(64),
    head_name varchar(100),
    decided_at timestamp with time zone,
    primary key (request_id, dispute_index),
    constraint ck_review_dispute_result check (coordination_result in ('UNIT_ACCEPTS', 'REVIEWER_WITHDRAWS', 'UNRESOLVED')),
    constraint ck_review_dispute_decision check (head_decision in ('ADOPT_REVIEW', 'ADOPT_UNIT', 'REFER'))
);
