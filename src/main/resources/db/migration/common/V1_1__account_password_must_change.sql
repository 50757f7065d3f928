-- identity: a password set by the system administrator (an initial password) must be changed by its owner at first login.
-- Existing accounts keep working as they are (false); only accounts opened from now on start with true.
alter table account add column password_must_change boolean not null default false;
