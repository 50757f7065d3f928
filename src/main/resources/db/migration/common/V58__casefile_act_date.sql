-- Enforcement cases, helper Q: the date of the violation given at 立案 (and the end of a continuing act), read by the
-- decision's 从旧兼从轻 and shown on the case page; a case from a clue keeps reading the clue's dates.
alter table penalty_case add column act_on date;
alter table penalty_case add column act_ended_on date;
