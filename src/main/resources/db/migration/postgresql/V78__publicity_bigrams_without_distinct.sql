-- publicity: the bigrams of V75 without array_agg(distinct …). A GIN index stores each key of a row once, and
-- `@>` asks only whether every pair of the query occurs, so repeated pairs change neither the index nor any answer
-- (PostgresPublicTextSearchTests: the same rows as plain `like`). Without the sort of the distinct aggregate the
-- function costs a fraction per text; building the index over 1,000,000 published texts took 1213 s with V75's
-- (docs/benchmarks.md). The index built with V75's function stays valid and is not rebuilt.
create or replace function publicity_bigrams(t text) returns text[]
    language sql immutable strict parallel safe
as $$
    select array(select substr(t, i, 2) from generate_series(1, length(t) - 1) as i)
$$;
