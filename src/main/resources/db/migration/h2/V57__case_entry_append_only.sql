-- The embedded database refuses to change or remove an entry of a case's timeline (全过程记录), as PostgreSQL does.
create trigger case_entry_no_update before update on case_entry for each row call 'org.sanxiang.casefile.AppendOnlyTrigger';
create trigger case_entry_no_delete before delete on case_entry for each row call 'org.sanxiang.casefile.AppendOnlyTrigger';
-- H2 has no truncate triggers; it refuses TRUNCATE on a table a foreign key references (see V9_1).
create table case_entry_append_only_guard (
    case_id     bigint,
    entry_index integer,
    foreign key (case_id, entry_index) references case_entry (case_id, entry_index),
    constraint case_entry_append_only_guard_stays_empty check (1 = 0)
);
