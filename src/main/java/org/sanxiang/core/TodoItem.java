package org.sanxiang.core;

/**
 * One entry of a person's to-do list in the workspace (待办). Modules contribute entries
 * through {@link TodoProvider}; the workspace shows them without knowing where they come
 * from.
 */
public record TodoItem(String title, String detail, String link, Urgency urgency) {

	public enum Urgency {

		NORMAL, DUE_SOON, OVERDUE

	}

}
