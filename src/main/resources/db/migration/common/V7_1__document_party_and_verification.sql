-- document: the party a document concerns, by its id in 一企一档 (no foreign key: subject's tables come later
-- in a fresh database), the issuer's name as printed for people, and the short 核验码 printed beside the QR code.
alter table document add column party_id bigint;
alter table document add column issued_by_name varchar(100);
alter table document add column verify_code varchar(20);
create index document_party on document (party_id);
create unique index document_verify_code on document (verify_code);
-- A number as people type it: brackets of any kind as 〔〕, no spaces (see DocumentNumberKey), so that
-- 牡环罚[2026]12号 and 牡环罚 (2026) 12 号 find 牡环罚〔2026〕12号.
alter table document add column number_key varchar(100);
update document set number_key = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
    replace(doc_number, ' ', ''), '（', '〔'), '）', '〕'), '(', '〔'), ')', '〕'), '[', '〔'), ']', '〕'),
    '【', '〔'), '】', '〕'), '［', '〔'), '］', '〕')
where doc_number is not null;
create index document_number_key on document (number_key);
