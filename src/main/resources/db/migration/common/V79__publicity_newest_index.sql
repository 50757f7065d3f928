-- publicity: the public list without a text query (the portal's newest decisions, the API, the Atom feed) reads
-- the published decisions newest first; this index serves that order and the capped count (Publications.search)
-- without sorting the whole table.
create index publicity_publication_newest on publicity_publication (decided_on desc, id desc);
