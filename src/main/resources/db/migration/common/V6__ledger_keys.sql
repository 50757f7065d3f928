-- The ledger's signing keys, oldest first. Every key after the first comes with a rotation statement signed by the
-- key before it (and sealed into the ledger as a KEY_ROTATED entry), so a verifier can follow the chain of keys.
create table ledger_key (
    fingerprint          varchar(64)   primary key,
    public_key_pem       varchar(1000) not null,
    created_at           timestamp with time zone not null,
    previous_fingerprint varchar(64) references ledger_key (fingerprint),
    rotation_statement   varchar(2000)
);
