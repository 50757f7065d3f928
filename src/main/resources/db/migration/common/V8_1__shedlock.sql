-- platform: one row per scheduled job, locked by the node that runs it (ShedLock), so that several nodes on this
-- database run each job once per schedule. Times are the database's own (UTC), not the nodes' clocks.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
