create trigger ledger_key_no_update before update on ledger_key for each row call 'org.sanxiang.core.AppendOnlyTableTrigger';
create trigger ledger_key_no_delete before delete on ledger_key for each row call 'org.sanxiang.core.AppendOnlyTableTrigger';
