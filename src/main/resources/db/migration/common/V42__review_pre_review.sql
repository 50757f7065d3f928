-- The automatic pre-review (自动预审) of each round's snapshot: the findings as JSON, like the round's other JSON
-- columns (classification, findings, problems). Rounds submitted before have none.
alter table review_round add column pre_review text;
