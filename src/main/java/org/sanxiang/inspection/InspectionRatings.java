package org.sanxiang.inspection;

import java.util.Optional;

import org.sanxiang.core.BusinessTime;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.identity.SanxiangPrincipal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspected party's anonymous rating (检查评价): given on the party's page once the task
 * is 已完成, once per task, 1 to 5 with an optional comment; nothing about the rater kept.
 * Read by the agency's heads only — never by the task's own inspectors, never on the
 * portal.
 */
@Service
public class InspectionRatings {

	static final int MAX_COMMENT = 500;

	private final JdbcClient jdbc;

	private final InspectionTasks tasks;

	private final BusinessTime time;

	InspectionRatings(JdbcClient jdbc, InspectionTasks tasks, BusinessTime time) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.time = time;
	}

	/** A rating as the heads read it. */
	public record Rating(int score, String comment, java.time.LocalDate ratedOn) {
	}

	/** Whether the task has been rated (the party's page offers the form once). */
	@Transactional(readOnly = true)
	public boolean rated(long taskId) {
		return this.jdbc.sql("select count(*) from inspection_rating where inspection_task = :task")
			.param("task", taskId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records the party's rating of a finished task: 400 for a score outside 1–5 or a
	 * comment too long, 409 before completion or when already rated.
	 */
	@Transactional
	public void rate(InspectionTask task, String score, String comment) {
		if (task.status() != TaskStatus.DONE) {
			throw new RuleViolation("INSPECTION_RATING_NOT_DONE", "检查完成后才能评价", HttpStatus.CONFLICT);
		}
		int value;
		try {
			value = Integer.parseInt((score == null) ? "" : score.strip());
		}
		catch (NumberFormatException ex) {
			value = 0;
		}
		if (value < 1 || value > 5) {
			throw new RuleViolation("INSPECTION_RATING_SCORE", "请选择1至5分的评价", HttpStatus.BAD_REQUEST);
		}
		String text = (comment == null || comment.isBlank()) ? null : comment.strip();
		if (text != null && text.codePointCount(0, text.length()) > MAX_COMMENT) {
			throw new RuleViolation("INSPECTION_RATING_COMMENT", "意见不能超过" + MAX_COMMENT + "字", HttpStatus.BAD_REQUEST);
		}
		if (rated(task.id())) {
			throw alreadyRated();
		}
		try {
			this.jdbc
				.sql("insert into inspection_rating (inspection_task, score, comment, rated_on)"
						+ " values (:task, :score, :comment, :on)")
				.param("task", task.id())
				.param("score", value)
				.param("comment", text)
				.param("on", this.time.today())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw alreadyRated();
		}
	}

	private static RuleViolation alreadyRated() {
		return new RuleViolation("INSPECTION_RATING_DONE", "该检查已经评价过，每次检查只能评价一次", HttpStatus.CONFLICT);
	}

	/**
	 * The task's rating for a head of its agency who is not one of its inspectors; empty
	 * for anybody else (an inspector never learns how the party rated them).
	 */
	@Transactional(readOnly = true)
	public Optional<Rating> of(InspectionTask task, SanxiangPrincipal reader) {
		if (!mayRead(task, reader)) {
			return Optional.empty();
		}
		return this.jdbc.sql("select score, comment, rated_on from inspection_rating where inspection_task = :task")
			.param("task", task.id())
			.query((rs, n) -> new Rating(rs.getInt("score"), rs.getString("comment"),
					rs.getObject("rated_on", java.time.LocalDate.class)))
			.optional();
	}

	/** Whether the reader may read the task's rating. */
	public boolean mayRead(InspectionTask task, SanxiangPrincipal reader) {
		return this.tasks.head(reader) && reader.dataScope().agencyIds().contains(task.agencyId())
				&& !this.tasks.assignedTo(task, reader);
	}

}
