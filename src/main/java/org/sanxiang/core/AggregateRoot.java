package org.sanxiang.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * Base of a Spring Data JDBC aggregate whose acts register the domain events that say
 * what happened. Spring Data publishes them when the repository saves the aggregate,
 * inside the saving transaction, so that the audit trail and the ledger (which listen
 * synchronously) commit or roll back with the change, and the event publication registry
 * records the publications for the modules that react later.
 * <p>
 * Unlike Spring Data's {@code AbstractAggregateRoot}, an event may be registered as a
 * function of the saved aggregate: an aggregate registered for the first time has its
 * identifier only once the database has given it.
 *
 * @param <A> the aggregate's own type
 */
public abstract class AggregateRoot<A extends AggregateRoot<A>> {

	@Transient
	private final transient List<Function<A, ?>> events = new ArrayList<>();

	/** Registers an event built when the aggregate is saved (and has its identifier). */
	protected final void registerEvent(Function<A, ?> event) {
		this.events.add(event);
	}

	@DomainEvents
	@SuppressWarnings("unchecked")
	protected Collection<Object> domainEvents() {
		A self = (A) this;
		return this.events.stream().<Object>map((event) -> event.apply(self)).toList();
	}

	@AfterDomainEventPublication
	protected void clearDomainEvents() {
		this.events.clear();
	}

}
