-- evidence: the custody log also records each 案卷 export that includes an item (action EXPORT).
alter table evidence_custody drop constraint evidence_custody_action_check;
alter table evidence_custody add constraint evidence_custody_action_check
    check (action in ('REGISTER', 'VIEW', 'STREAM', 'DOWNLOAD', 'DERIVE', 'EXPORT'));
