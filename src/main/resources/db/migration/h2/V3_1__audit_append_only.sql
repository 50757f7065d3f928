-- The embedded database refuses to change or remove audit records, as PostgreSQL does.
create trigger audit_record_no_update before update on audit_record for each row call 'org.sanxiang.audit.AppendOnlyTrigger';
create trigger audit_record_no_delete before delete on audit_record for each row call 'org.sanxiang.audit.AppendOnlyTrigger';
