-- The database itself refuses to change or remove evidence items and their custody records.
create function evidence_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger evidence_item_no_update before update or delete on evidence_item
    for each row execute function evidence_append_only();
create trigger evidence_item_no_truncate before truncate on evidence_item
    for each statement execute function evidence_append_only();
create trigger evidence_custody_no_update before update or delete on evidence_custody
    for each row execute function evidence_append_only();
create trigger evidence_custody_no_truncate before truncate on evidence_custody
    for each statement execute function evidence_append_only();
