-- subject: the bigram index of party names (see PartyNameIndex). Derived data: every pair of adjacent characters of
-- the lower-cased name, kept in the transaction that writes the name; filled for existing parties by migration 11.1.
create table subject_name_gram (
    gram     varchar(4) not null,
    party_id bigint     not null,
    primary key (gram, party_id)
);
