package org.sanxiang.calendar;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily check (time from the injected {@code Clock}): every open deadline that is 临期
 * or 超期 is announced as {@link DeadlineEvents.DeadlineApproaching} or
 * {@link DeadlineEvents.DeadlineMissed}.
 */
@Component
class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	private final List<DeadlineSource> sources;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	DeadlineWatch(List<DeadlineSource> sources, Deadlines deadlines, ApplicationEventPublisher events) {
		this.sources = sources;
		this.deadlines = deadlines;
		this.events = events;
	}

	/**
	 * Once a day on one node: the lock outlasts the nodes' clock differences, so a node
	 * whose clock runs late does not announce the same deadlines again.
	 */
	@Scheduled(cron = "${sanxiang.deadlines.cron:0 30 6 * * *}")
	@SchedulerLock(name = "calendar.deadline-watch", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
	void daily() {
		int announced = check();
		log.info("Deadline check: {} deadlines due soon or overdue", announced);
	}

	int check() {
		int announced = 0;
		for (DeadlineSource source : this.sources) {
			for (DeadlineSource.TrackedDeadline tracked : source.openDeadlines()) {
				Deadline deadline = this.deadlines.open(tracked.ruleCode(), tracked.start(), tracked.pauses(),
						tracked.extensionsGranted());
				if (deadline.status() == DeadlineStatus.DUE_SOON) {
					this.events
						.publishEvent(new DeadlineEvents.DeadlineApproaching(tracked.subjectType(), tracked.subjectId(),
								tracked.agencyId(), tracked.ruleCode(), deadline.due(), deadline.workingDaysLeft()));
					announced++;
				}
				else if (deadline.status() == DeadlineStatus.OVERDUE) {
					this.events
						.publishEvent(new DeadlineEvents.DeadlineMissed(tracked.subjectType(), tracked.subjectId(),
								tracked.agencyId(), tracked.ruleCode(), deadline.due(), -deadline.workingDaysLeft()));
					announced++;
				}
			}
		}
		return announced;
	}

}
