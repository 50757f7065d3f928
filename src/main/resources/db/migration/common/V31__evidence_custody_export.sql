-- evidence: generating an item's chain-of-custody report (监管链报告, REPORT) and exporting a 案卷 that includes
-- the item (EXPORT) are custody events too.
alter table evidence_custody drop constraint evidence_custody_action_check;
alter table evidence_custody add constraint evidence_custody_action_check
    check (action in ('REGISTER', 'VIEW', 'STREAM', 'DOWNLOAD', 'DERIVE', 'EXPORT', 'REPORT'));
