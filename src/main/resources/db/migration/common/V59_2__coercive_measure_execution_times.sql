-- The start and end of a coercive measure's execution (查封扣押 现场笔录 with start and end time), against which the
-- case's videos are checked to cover the execution without a gap (执法全过程记录) — casefile, helper S.
alter table coercive_measure add column executed_from timestamp with time zone;
alter table coercive_measure add column executed_to timestamp with time zone;
