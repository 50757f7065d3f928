-- A party's change list is append-only.
create function subject_change_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op using errcode = '42501';
end;
$$;
create trigger subject_change_no_change before update or delete on subject_change
    for each row execute function subject_change_append_only();

-- Name search (name like '%…%') uses a trigram index where the pg_trgm extension is available; without it
-- (a server without contrib) the search still works, by scanning.
do $$
begin
    create extension if not exists pg_trgm;
    execute 'create index subject_party_name_trgm on subject_party using gin (name gin_trgm_ops)';
exception when others then
    raise notice 'pg_trgm not available: name search without a trigram index';
end;
$$;
