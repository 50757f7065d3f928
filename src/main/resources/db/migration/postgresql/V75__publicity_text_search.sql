-- publicity: Chinese full text over the published text (the public search's q). Every distinct pair of adjacent
-- characters of search_text, in a GIN index: a query of two or more characters finds its candidates through the
-- pairs it holds and `like` confirms them (PublicTextSearch). pg_trgm is not used: it sees only the letters of the
-- server's locale, and under the C locale no Chinese character at all. H2 keeps the plain `like` (no V75 there).
create function publicity_bigrams(t text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct substr(t, i, 2)), '{}')
    from generate_series(1, length(t) - 1) as i
$$;

create index publicity_publication_text_gram on publicity_publication using gin (publicity_bigrams(search_text));
