-- officer: the opaque token of each certificate's public page (事中公示, /portal/officers/{token}), printed as a QR
-- code on the certificate. Random, never the database id or an ID number; made on first use.
create table officer_public_token (
    officer_id  bigint      not null primary key references officer (id),
    token       varchar(32) not null unique
);
