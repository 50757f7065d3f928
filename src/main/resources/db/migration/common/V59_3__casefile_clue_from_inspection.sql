-- casefile: a clue (案源, 检查发现) opened from an inspection's finding (the inspection module's ViolationSuspected).
-- One clue per inspection task, whatever the number of deliveries of the event: the task id is the primary key.
create table clue_inspection_task (
    task_id bigint primary key,
    clue_id bigint not null references clue (id),
    constraint clue_inspection_task_clue unique (clue_id)
);
