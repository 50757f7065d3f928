-- The ledger's keys are append-only like its entries and checkpoints: TRUNCATE is refused too.
create trigger ledger_key_no_truncate before truncate on ledger_key
    for each statement execute function ledger_append_only();
