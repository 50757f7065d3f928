-- evidence: generating an item's chain-of-custody report (监管链报告) is itself a custody event (EXPORT).
alter table evidence_custody drop constraint evidence_custody_action_check;
alter table evidence_custody add constraint evidence_custody_action_check
    check (action in ('REGISTER', 'VIEW', 'STREAM', 'DOWNLOAD', 'DERIVE', 'EXPORT'));
