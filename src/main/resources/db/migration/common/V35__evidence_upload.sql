-- evidence: finished resumable (tus) uploads, one row per upload, written once when its bytes are durable in the blob
-- store (sha256 is the blob's address). The partial upload itself lives on disk until then (sanxiang.evidence.uploads.dir).
create table evidence_upload (
    upload_id   varchar(36)  primary key,
    account_id  bigint       not null,
    owner_kind  varchar(40)  not null,
    owner_id    varchar(64)  not null,
    owner_stage varchar(40)  not null,
    sha256      char(64)     not null,
    sm3         char(64)     not null,
    size_bytes  bigint       not null,
    file_name   varchar(255) not null,
    media_type  varchar(127) not null,
    finished_at timestamp with time zone not null
);
create index evidence_upload_owner on evidence_upload (owner_kind, owner_id);
create index evidence_upload_account on evidence_upload (account_id, finished_at);
