-- legalbasis: who closed an article version (revision or repeal), when and why. The version row
-- itself is never rewritten; closing only sets effective_to, the status and these three columns.
alter table legal_article add column closed_by varchar(64);
alter table legal_article add column closed_at timestamp with time zone;
alter table legal_article add column closing_note varchar(500);
