-- Name search uses the bigram index (subject_name_gram, V11) on both databases; the trigram index of V10_1 served
-- no query any more (the search compares lower(name)) and only slowed every write.
drop index if exists subject_party_name_trgm;
