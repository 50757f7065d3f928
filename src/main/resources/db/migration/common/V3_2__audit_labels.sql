-- audit: the object as people name it (a document's number, a party's name) and the
-- agency's name, both taken from the event when it is recorded.
alter table audit_record add column object_label varchar(200);
alter table audit_record add column agency_name varchar(200);
create index audit_record_action on audit_record (action);
