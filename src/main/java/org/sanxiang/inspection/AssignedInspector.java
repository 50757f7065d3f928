package org.sanxiang.inspection;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An inspector assigned to a task, with the name and 执法证号 as they were when assigned (the
 * notice and the party's page show them).
 */
@Table("inspection_task_inspector")
public record AssignedInspector(long officerId, String name, String certificateNumber) {
}
