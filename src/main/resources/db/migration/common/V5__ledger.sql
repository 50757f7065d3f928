-- ledger: the append-only Merkle log. ledger_head sequences appends (its row lock serialises them, so indices are
-- gap-free and an entry commits with the business change). Entries and checkpoints are never changed; the vendor
-- folders add triggers that refuse UPDATE and DELETE.
create table ledger_head (
    id        integer primary key,
    tree_size bigint  not null,
    constraint ledger_head_single check (id = 1)
);
insert into ledger_head (id, tree_size) values (1, 0);

create table ledger_entry (
    entry_index    bigint        primary key,
    entry_type     varchar(48)   not null,
    subject_type   varchar(64)   not null,
    subject_id     varchar(128)  not null,
    content_sha256 varchar(64)   not null,
    content_sm3    varchar(64)   not null,
    recorded_at    timestamp with time zone not null,
    account        varchar(64)   not null,
    agency_id      bigint,
    subject_public boolean       not null,
    leaf_input     varchar(2000) not null,
    leaf_hash      varchar(64)   not null
);
create index ledger_entry_sha256 on ledger_entry (content_sha256);
create index ledger_entry_subject on ledger_entry (subject_type, subject_id);

create table ledger_checkpoint (
    tree_size       bigint       primary key,
    root_hash       varchar(64)  not null,
    created_at      timestamp with time zone not null,
    body            varchar(500) not null,
    signature       varchar(200) not null,
    key_fingerprint varchar(64)  not null
);
