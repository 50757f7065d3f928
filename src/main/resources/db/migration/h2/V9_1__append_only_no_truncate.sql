-- H2 has no truncate triggers, but it refuses TRUNCATE TABLE on a table that a foreign key references. The foreign
-- keys of this table, which stays empty, make every append-only table of the platform such a table.
create table append_only_guard (
    audit_record_id        bigint references audit_record (id),
    ledger_entry_index     bigint references ledger_entry (entry_index),
    ledger_checkpoint_size bigint references ledger_checkpoint (tree_size),
    ledger_key_fingerprint varchar(64) references ledger_key (fingerprint),
    constraint append_only_guard_stays_empty check (1 = 0)
);
