-- The embedded database refuses to change or remove evidence items and custody records, as PostgreSQL does.
create trigger evidence_item_no_update before update on evidence_item for each row call 'org.sanxiang.evidence.AppendOnlyTrigger';
create trigger evidence_item_no_delete before delete on evidence_item for each row call 'org.sanxiang.evidence.AppendOnlyTrigger';
create trigger evidence_custody_no_update before update on evidence_custody for each row call 'org.sanxiang.evidence.AppendOnlyTrigger';
create trigger evidence_custody_no_delete before delete on evidence_custody for each row call 'org.sanxiang.evidence.AppendOnlyTrigger';
-- H2 has no truncate triggers; it refuses TRUNCATE on a table a foreign key references (see V9_1).
create table evidence_append_only_guard (
    evidence_item_id    bigint references evidence_item (id),
    evidence_custody_id bigint references evidence_custody (id),
    constraint evidence_append_only_guard_stays_empty check (1 = 0)
);
