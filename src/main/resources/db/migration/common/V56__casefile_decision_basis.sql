-- Enforcement cases, helper L: what a decision records of the law it applied (从旧兼从轻, which version of each
-- provision and why) and of its discretion (band, range, explanation).
alter table penalty_case add column decided_law varchar(4000);
alter table penalty_case add column decided_discretion varchar(4000);
