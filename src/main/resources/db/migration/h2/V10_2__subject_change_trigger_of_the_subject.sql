-- A party's change list is guarded by the subject module's own trigger class; V10_1 named the kernel's, which left it.
drop trigger subject_change_no_update;
drop trigger subject_change_no_delete;
create trigger subject_change_no_update before update on subject_change for each row call 'org.sanxiang.subject.AppendOnlyTrigger';
create trigger subject_change_no_delete before delete on subject_change for each row call 'org.sanxiang.subject.AppendOnlyTrigger';
