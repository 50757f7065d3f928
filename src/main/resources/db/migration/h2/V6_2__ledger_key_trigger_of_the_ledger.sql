-- The signing keys are guarded by the ledger's own trigger class; V6_1 named the kernel's, which left it.
drop trigger ledger_key_no_update;
drop trigger ledger_key_no_delete;
create trigger ledger_key_no_update before update on ledger_key for each row call 'org.sanxiang.ledger.AppendOnlyTrigger';
create trigger ledger_key_no_delete before delete on ledger_key for each row call 'org.sanxiang.ledger.AppendOnlyTrigger';
