-- The database itself refuses to change or remove an entry of a case's timeline (全过程记录).
create function case_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger case_entry_no_update before update or delete on case_entry
    for each row execute function case_entry_append_only();
create trigger case_entry_no_truncate before truncate on case_entry
    for each statement execute function case_entry_append_only();
