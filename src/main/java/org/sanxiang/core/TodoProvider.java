package org.sanxiang.core;

import java.util.List;
import java.util.Set;

/** Implemented by a module that puts work on someone's to-do list. */
public interface TodoProvider {

	/**
	 * @param actor the logged-in account
	 * @param roles the names of the roles it holds (e.g. {@code SYSTEM_ADMIN})
	 * @param visibleAgencyIds the agencies within its data scope
	 */
	List<TodoItem> todosFor(Actor actor, Set<String> roles, Set<Long> visibleAgencyIds);

}
