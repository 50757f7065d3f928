-- The ledger's tables are guarded by the ledger's own trigger class; V5_1 named the kernel's, which left it.
drop trigger ledger_entry_no_update;
drop trigger ledger_entry_no_delete;
drop trigger ledger_checkpoint_no_update;
drop trigger ledger_checkpoint_no_delete;
create trigger ledger_entry_no_update before update on ledger_entry for each row call 'org.sanxiang.ledger.AppendOnlyTrigger';
create trigger ledger_entry_no_delete before delete on ledger_entry for each row call 'org.sanxiang.ledger.AppendOnlyTrigger';
create trigger ledger_checkpoint_no_update before update on ledger_checkpoint for each row call 'org.sanxiang.ledger.AppendOnlyTrigger';
create trigger ledger_checkpoint_no_delete before delete on ledger_checkpoint for each row call 'org.sanxiang.ledger.AppendOnlyTrigger';
