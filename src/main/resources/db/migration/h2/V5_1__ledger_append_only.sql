-- The embedded database refuses to change or remove ledger entries and checkpoints, as PostgreSQL does.
create trigger ledger_entry_no_update before update on ledger_entry for each row call 'org.sanxiang.core.AppendOnlyTableTrigger';
create trigger ledger_entry_no_delete before delete on ledger_entry for each row call 'org.sanxiang.core.AppendOnlyTableTrigger';
create trigger ledger_checkpoint_no_update before update on ledger_checkpoint for each row call 'org.sanxiang.core.AppendOnlyTableTrigger';
create trigger ledger_checkpoint_no_delete before delete on ledger_checkpoint for each row call 'org.sanxiang.core.AppendOnlyTableTrigger';
