-- publicity: the 双公示 fields of a publication (信用中国, 行政处罚), one row per publication, from the decision event
-- (DecisionIssued / DecisionChanged). party_name is internal; party_name_public is what the public sees (a natural
-- person's name masked, 张某某; a party of unknown kind masked unless its name is an organisation's). credit_code is
-- never set for a natural person. agency_code is the platform's agency code (identity), not a credit code.
create table publicity_credit (
    publication_id    bigint        not null primary key references publicity_publication (id),
    party_name        varchar(200)  not null,
    party_name_public varchar(200)  not null,
    party_kind        varchar(16)   not null,
    credit_code       varchar(18),
    document_id       bigint,
    document_number   varchar(100),
    penalty_types     varchar(500)  not null,
    fine_amount       decimal(18, 2),
    basis             varchar(4000),
    agency_code       varchar(50),
    party_search      varchar(200)  not null,
    number_search     varchar(100)
);
create index publicity_credit_party on publicity_credit (party_search);
create index publicity_credit_code on publicity_credit (credit_code);
create index publicity_credit_number on publicity_credit (number_search);
create index publicity_credit_document on publicity_credit (document_id);
