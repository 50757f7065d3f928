-- The embedded database refuses to change or remove a party's change list, as PostgreSQL does.
create trigger subject_change_no_update before update on subject_change for each row call 'org.sanxiang.core.AppendOnlyTableTrigger';
create trigger subject_change_no_delete before delete on subject_change for each row call 'org.sanxiang.core.AppendOnlyTableTrigger';
