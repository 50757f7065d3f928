-- 案号 (casefile module, the case pages and forms): each case's number, taken in the filing's
-- transaction from a per-agency, per-year counter (the counter row's lock orders two filings at
-- once; a failed filing rolls the counter back, so the numbers have no gaps).
create table case_number_counter (
    agency_id bigint not null references agency (id),
    number_year integer not null,
    last_seq integer not null,
    primary key (agency_id, number_year),
    constraint ck_case_number_counter_seq check (last_seq > 0)
);

create table case_number (
    case_id bigint primary key references penalty_case (id),
    agency_id bigint not null references agency (id),
    number_year integer not null,
    seq integer not null,
    number_text varchar(80) not null,
    constraint case_number_seq_unique unique (agency_id, number_year, seq),
    constraint case_number_text_unique unique (number_text)
);
