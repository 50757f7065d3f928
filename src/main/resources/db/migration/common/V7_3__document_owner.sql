-- document: the record a document belongs to (an inspection, a case …) by its kind and id, as evidence names its
-- owner; null for a document of no record. The 案卷 export collects an owner's issued documents by it.
alter table document add column owner_kind varchar(32);
alter table document add column owner_id varchar(64);
create index document_owner on document (owner_kind, owner_id);
