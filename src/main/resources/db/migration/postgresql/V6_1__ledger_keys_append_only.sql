create trigger ledger_key_no_change before update or delete on ledger_key
    for each row execute function ledger_append_only();
