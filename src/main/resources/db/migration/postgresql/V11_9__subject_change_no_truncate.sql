-- A party's change list cannot be emptied by TRUNCATE either.
create trigger subject_change_no_truncate before truncate on subject_change
    for each statement execute function subject_change_append_only();
