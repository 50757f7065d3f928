-- The database itself refuses to change or remove audit records (等保 2.0: audit records protected from deletion).
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only (% refused)', tg_op using errcode = '42501';
end;
$$;

create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();
