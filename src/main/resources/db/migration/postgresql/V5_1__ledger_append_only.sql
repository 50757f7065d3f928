-- The database refuses to change or remove ledger entries and checkpoints.
create function ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger ledger_entry_no_change before update or delete on ledger_entry
    for each row execute function ledger_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_append_only();
create trigger ledger_checkpoint_no_change before update or delete on ledger_checkpoint
    for each row execute function ledger_append_only();
create trigger ledger_checkpoint_no_truncate before truncate on ledger_checkpoint
    for each statement execute function ledger_append_only();
