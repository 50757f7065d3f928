package org.sanxiang.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.statistics.Statistics;
import org.sanxiang.core.Money;
import org.sanxiang.core.RuleViolation;
import org.sanxiang.review.ProposedDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casefile.CaseFixtures.HEAD;
import static org.sanxiang.casefile.CaseFixtures.OFFICER;
import static org.sanxiang.casefile.CaseFixtures.POOL;
import static org.sanxiang.casefile.CaseFixtures.START;
import static org.sanxiang.casefile.CaseFixtures.UNIT_HEAD;
import static org.sanxiang.casefile.CaseFixtures.WEEKDAYS;

/**
 * The stateful property of issue 16: over random sequences of acts and clock moves —
 * mostly the procedure's order with acts left out, repeated, out of place, by the wrong
 * person, with the wrong officers, dates or amounts — the case never decides without two
 * qualified and unrecused officers on every investigative act, a served notice whose
 * defence period passed or was waived, a requested hearing held (noticed seven working
 * days before, with record and report) or waived, a passed review of exactly that content
 * where required and an agreeing collective discussion where required, by the agency
 * head; never decides heavier than notified; and never changes once archived. A test
 * model, kept apart from the aggregate and fed only the acts it accepted, judges each
 * accepted act.
 * <p>
 * The second property leaves out one gate at a time and finds a sequence that breaks the
 * law: each gate is needed.
 */
class PenaltyCaseProperties {

	/** What breaks without each gate, as the model names it. */
	private static final Map<Gate, String> GUARDS = Map.ofEntries(
			Map.entry(Gate.ARCHIVED_UNCHANGEABLE, "archived case changed"),
			Map.entry(Gate.QUALIFIED_OFFICERS, "officer"), Map.entry(Gate.RECUSAL, "recused officer acted"),
			Map.entry(Gate.NOTICE_AND_DEFENCE, "notice"),
			Map.entry(Gate.HEARING_REQUEST_WINDOW, "hearing requested later"),
			Map.entry(Gate.HEARING_NOTICE_PERIOD, "hearing"),
			Map.entry(Gate.HEARING_HELD_OR_WAIVED, "requested hearing neither held nor waived"),
			Map.entry(Gate.NOT_HEAVIER, "heavier than notified"), Map.entry(Gate.LEGAL_REVIEW, "passed review"),
			Map.entry(Gate.COLLECTIVE_DISCUSSION, "collective discussion"), Map.entry(Gate.AGENCY_HEAD, "agency head"),
			Map.entry(Gate.COURT_APPLICATION, "court"), Map.entry(Gate.UNIT_HEAD_APPROVAL, "examined by"),
			Map.entry(Gate.HEARING_RIGHT, "hearing right not offered"),
			Map.entry(Gate.AS_REVIEWED, "other than reviewed"));

	private static final long[] FINES = { 20_000, 150_000, 300_000, 600_000 };

	@Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
	void noRandomProcedureGetsPastTheGates(@ForAll("procedures") List<Step> steps) {
		Run run = new Run(null);
		assertThat(run.all(steps)).isEmpty();
		// the sequences reach the decision and the archive, not only refusals
		Statistics.label("decided").collect(run.kase.decidedOn() != null);
		Statistics.label("archived").collect(run.kase.stage() == Stage.ARCHIVED);
		Statistics.label("decided").coverage((coverage) -> coverage.check(true).percentage((percent) -> percent > 10));
		Statistics.label("archived").coverage((coverage) -> coverage.check(true).percentage((percent) -> percent > 5));
	}

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void withoutAnyOneGateARandomProcedureBreaksTheLaw(@ForAll Gate omitted) {
		// MANDATORY_VIDEO needs the evidence module's items, not the aggregate's ids: it
		// is
		// asked by MandatoryVideo before the act and shown to matter in
		// MandatoryVideoTests
		net.jqwik.api.Assume.that(omitted != Gate.MANDATORY_VIDEO);
		Optional<String> broken = procedures().sampleStream()
			.limit(100_000)
			.map((steps) -> run(steps, omitted))
			.flatMap(Optional::stream)
			.findFirst();
		assertThat(broken).as("a law broken without the gate %s", omitted).isPresent();
		assertThat(broken.get()).as("the law the gate %s guards", omitted).contains(GUARDS.get(omitted));
	}

	/**
	 * Runs the steps on a new case under every gate but {@code omitted} (null: all) and
	 * answers the first breach of the law the model saw.
	 */
	static Optional<String> run(List<Step> steps, Gate omitted) {
		return new Run(omitted).all(steps);
	}

	static Optional<String> runAll(Run run, List<Step> steps) {
		for (Step step : steps) {
			int before = run.kase.entries().size();
			try {
				step.act(run);
				step.accepted(run);
			}
			catch (RuleViolation refused) {
				// the aggregate refused: nothing to judge
			}
			if (run.archivedEntries != null
					&& (run.kase.stage() != Stage.ARCHIVED || run.kase.entries().size() != run.archivedEntries)) {
				run.breach("archived case changed by " + step);
			}
			if (run.kase.stage() == Stage.ARCHIVED && run.archivedEntries == null) {
				run.archivedEntries = run.kase.entries().size();
			}
			if (run.breach != null) {
				return Optional.of(run.breach + " after " + before + " entries");
			}
		}
		return Optional.empty();
	}

	/**
	 * Procedures in the law's order with acts left out, repeated or out of place, by the
	 * wrong person, with wrong officers, dates and amounts; each sequence has a decision
	 * content it mostly aims at (notified, reviewed, discussed and decided), so that many
	 * reach the decision and the archive.
	 */
	@Provide
	Arbitrary<List<Step>> procedures() {
		return Combinators.combine(fine(), complex()).flatAs(this::procedure);
	}

	private Arbitrary<List<Step>> procedure(int fine, boolean complex) {
		Arbitrary<Integer> aimedFine = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(fine)),
				Tuple.of(1, fine()));
		Arbitrary<Boolean> aimedComplex = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(complex)),
				Tuple.of(1, complex()));
		Arbitrary<Boolean> mostly = Arbitraries.frequency(Tuple.of(5, true), Tuple.of(1, false));
		List<Arbitrary<List<Step>>> slots = List.of(slot(Arbitraries.oneOf(investigate(), recuse()), 0, 3),
				slot(Arbitraries.of(new EndInvestigation()), 1, 1),
				slot(Combinators.combine(mostly, mostly).as((pass, approver) -> new Examine(!pass, approver)), 1, 1),
				slot(Combinators.combine(aimedFine, Arbitraries.of(true, false), mostly)
					// a fine that needs the hearing right mostly offers it
					.as((f, offer, lawful) -> new Notify(f, offer || (lawful && FINES[f] > 200_000))), 1, 1),
				slot(Arbitraries.of(new ServeNotice()), 1, 1), slot(defence(), 0, 3),
				slot(Combinators.combine(aimedFine, aimedComplex).as(Review::new), 0, 1),
				slot(Combinators.combine(aimedFine, aimedComplex, mostly).as(Discuss::new), 0, 1),
				slot(Combinators.combine(aimedFine, aimedComplex, mostly).as(Decide::new), 1, 2),
				slot(Arbitraries.of(new Serve(ServiceMode.DIRECT), new Serve(ServiceMode.POST),
						new Serve(ServiceMode.ANNOUNCEMENT)), 1, 1),
				slot(execution(), 0, 3), slot(mostly.map(Pay::new), 1, 1), slot(Arbitraries.of(new Close()), 1, 1),
				slot(Arbitraries.of(new Archive()), 1, 1), slot(any(), 0, 3));
		return Combinators.combine(slots).as((lists) -> {
			List<Step> steps = new ArrayList<>();
			lists.forEach(steps::addAll);
			return steps;
		});
	}

	/**
	 * The slot's own acts (usually at least {@code min}, at most {@code max}), clock
	 * moves, and now and then any act.
	 */
	private Arbitrary<List<Step>> slot(Arbitrary<? extends Step> own, int min, int max) {
		Arbitrary<List<Step>> some = own.map((step) -> (Step) step).list().ofMinSize(min).ofMaxSize(max);
		Arbitrary<List<Step>> mine = Arbitraries.frequencyOf(Tuple.of(9, some),
				Tuple.of(1, Arbitraries.just(List.of())));
		Arbitrary<List<Step>> moves = advance().list().ofMinSize(0).ofMaxSize(2);
		Arbitrary<List<Step>> noise = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(List.<Step>of())),
				Tuple.of(1, any().map(List::of)));
		return Combinators.combine(moves, mine, noise).as((a, b, c) -> {
			List<Step> steps = new ArrayList<>(a);
			steps.addAll(b);
			steps.addAll(c);
			return steps;
		});
	}

	/**
	 * The acts after the decision, now and then with a long clock move (towards the court
	 * window, six months after service).
	 */
	private Arbitrary<Step> execution() {
		return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(new Remind(), new ApplyToCourt(), new CourtRuling())),
				Tuple.of(2, Arbitraries.of(Remedy.Kind.class).map(ApplyForRemedy::new)),
				Tuple.of(2, Arbitraries.of(Remedy.Outcome.class).map(RemedyOutcome::new)),
				Tuple.of(1, Arbitraries.of(true, false).map(GrantPlan::new)),
				Tuple.of(1, Arbitraries.of(1, 3).map(PayOnSpot::new)),
				Tuple.of(1, Arbitraries.of(10, 60, 120, 190).map(Advance::new)));
	}

	private Arbitrary<Step> advance() {
		return Arbitraries.integers().between(1, 6).map(Advance::new);
	}

	private Arbitrary<Step> investigate() {
		return Combinators
			.combine(Arbitraries.of(true, false),
					Arbitraries.integers().between(0, POOL.size() - 1).list().ofMinSize(1).ofMaxSize(3))
			.as(Investigate::new);
	}

	private Arbitrary<Step> recuse() {
		return Combinators.combine(Arbitraries.integers().between(0, POOL.size() - 1), Arbitraries.of(true, false))
			.as(Recuse::new);
	}

	private Arbitrary<Step> notice() {
		return Combinators.combine(Arbitraries.integers().between(0, FINES.length - 1), Arbitraries.of(true, false))
			.as(Notify::new);
	}

	private Arbitrary<Step> defence() {
		return Arbitraries.oneOf(
				Arbitraries.of(new Statement(), new WaiveStatement(), new RequestHearing(), new WaiveHearing()),
				Combinators.combine(Arbitraries.integers().between(0, 15), Arbitraries.of(true, true, false))
					.as(HoldHearing::new));
	}

	private Arbitrary<Integer> fine() {
		return Arbitraries.integers().between(0, FINES.length - 1);
	}

	private Arbitrary<Boolean> complex() {
		return Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
	}

	private Arbitrary<Step> review() {
		return Combinators.combine(fine(), complex()).as(Review::new);
	}

	private Arbitrary<Step> discuss() {
		return Combinators.combine(fine(), complex(), Arbitraries.of(true, true, false)).as(Discuss::new);
	}

	private Arbitrary<Step> decide() {
		return Combinators.combine(fine(), complex(), Arbitraries.of(true, true, false)).as(Decide::new);
	}

	private Arbitrary<Step> any() {
		return Arbitraries.oneOf(investigate(), recuse(), notice(), defence(), review(), discuss(), decide(),
				Arbitraries.of(new Attach(), new EndInvestigation(), new Examine(false, true), new Examine(true, false),
						new ServeNotice(), new Serve(ServiceMode.DIRECT), new Pay(true), new Close(), new Archive(),
						new NotPunish(true), new Remind(), new ApplyToCourt(), new CourtRuling(),
						new ApplyForRemedy(Remedy.Kind.REVIEW), new RemedyOutcome(Remedy.Outcome.REVOKED),
						new NotPunish(false), new Transfer(), new Revoke(), new Terminate(), new Suspend(),
						new Resume()));
	}

	/** One case under test, the clock, and the model of what the law allowed so far. */
	static final class Run {

		final CaseFixtures.FakeReview review = new CaseFixtures.FakeReview();

		final CaseRules rules;

		final PenaltyCase kase;

		LocalDate today = START;

		Penalty notified;

		boolean offered;

		LocalDate served;

		boolean statementWaived;

		LocalDate hearingRequested;

		boolean hearingHeld;

		boolean hearingWaived;

		final Set<Long> recused = new HashSet<>();

		String discussed;

		/** The digest last submitted for legal review. */
		String reviewed;

		LocalDate decisionServed;

		LocalDate reminded;

		boolean remedyPending;

		boolean revoked;

		boolean courtRuled;

		Integer archivedEntries;

		String breach;

		Optional<String> all(List<Step> steps) {
			return runAll(this, steps);
		}

		Run(Gate omitted) {
			CaseRules all = CaseRules.all(WEEKDAYS, this.review);
			this.rules = (omitted == null) ? all : all.without(omitted);
			this.kase = CaseFixtures.filed(1, START);
		}

		Acting by(Participant who) {
			return Acting.today(who, this.today, CaseFixtures.AT);
		}

		ProposedDecision decision(int fine, boolean complex) {
			return CaseFixtures.decision(this.kase, FINES[fine], complex, START);
		}

		void breach(String what) {
			if (this.breach == null) {
				this.breach = what;
			}
		}

		void check(boolean lawful, String what) {
			if (!lawful) {
				breach(what);
			}
		}

	}

	/** An act or a clock move; {@link #accepted} updates the model and judges the act. */
	interface Step {

		void act(Run run);

		default void accepted(Run run) {
		}

	}

	record Advance(int days) implements Step {

		@Override
		public void act(Run run) {
			run.today = run.today.plusDays(this.days);
		}

	}

	record Investigate(boolean inquiry, List<Integer> officers) implements Step {

		@Override
		public void act(Run run) {
			List<ActingOfficer> on = this.officers.stream().map(POOL::get).toList();
			if (this.inquiry) {
				run.kase.recordInquiry(run.by(OFFICER), on, List.of(1L), List.of(), null, run.rules);
			}
			else {
				run.kase.recordInspection(run.by(OFFICER), on, List.of(1L), List.of(2L), null, run.rules);
			}
		}

		@Override
		public void accepted(Run run) {
			Set<Long> qualified = new HashSet<>();
			for (int index : this.officers) {
				ActingOfficer officer = POOL.get(index);
				boolean valid = officer.active() && officer.validFrom().compareTo(run.today) <= 0
						&& officer.validTo().compareTo(run.today) >= 0;
				run.check(valid, "officer without a valid certificate on " + run.today + ": " + officer.name());
				run.check(!run.recused.contains(officer.officerId()), "recused officer acted: " + officer.name());
				qualified.add(officer.officerId());
			}
			run.check(qualified.size() >= 2, "investigative act with fewer than two officers");
		}

	}

	record Recuse(int officer, boolean head) implements Step {

		@Override
		public void act(Run run) {
			run.kase.recordRecusal(run.by(this.head ? HEAD : OFFICER), POOL.get(this.officer), "利害关系", run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.recused.add(POOL.get(this.officer).officerId());
		}

	}

	record Attach() implements Step {

		@Override
		public void act(Run run) {
			run.kase.attachEvidence(run.by(OFFICER), List.of(3L), null, run.rules);
		}

	}

	record EndInvestigation() implements Step {

		@Override
		public void act(Run run) {
			run.kase.endInvestigation(run.by(OFFICER), List.of(4L), null, run.rules);
		}

	}

	record Examine(boolean sendBack, boolean approver) implements Step {

		@Override
		public void act(Run run) {
			run.kase.examine(run.by(this.approver ? UNIT_HEAD : OFFICER), this.sendBack, "意见", run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.check(this.approver, "examined by an officer, not the unit head or the agency head");
		}

	}

	record Notify(int fine, boolean offerHearing) implements Step {

		@Override
		public void act(Run run) {
			run.kase.notify(run.by(OFFICER), CaseFixtures.fine(FINES[this.fine]), this.offerHearing, List.of(5L),
					run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.check(this.offerHearing || FINES[this.fine] <= 200_000,
					"hearing right not offered in the notice of " + FINES[this.fine]);
			run.notified = CaseFixtures.fine(FINES[this.fine]);
			run.offered = this.offerHearing;
			run.served = null;
			run.statementWaived = false;
			run.hearingRequested = null;
			run.hearingHeld = false;
			run.hearingWaived = false;
		}

	}

	record ServeNotice() implements Step {

		@Override
		public void act(Run run) {
			run.kase.recordNoticeService(run.by(OFFICER), List.of(6L), run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.served = run.today;
		}

	}

	record Statement() implements Step {

		@Override
		public void act(Run run) {
			run.kase.recordStatement(run.by(OFFICER), List.of(7L), "申辩", run.rules);
		}

	}

	record WaiveStatement() implements Step {

		@Override
		public void act(Run run) {
			run.kase.waiveStatement(run.by(OFFICER), List.of(8L), run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.statementWaived = true;
		}

	}

	record RequestHearing() implements Step {

		@Override
		public void act(Run run) {
			run.kase.requestHearing(run.by(OFFICER), List.of(9L), run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.check(run.served != null && !run.today.isAfter(WEEKDAYS.addWorkingDays(run.served, 5)),
					"hearing requested later than five working days after service");
			run.hearingRequested = run.today;
		}

	}

	record WaiveHearing() implements Step {

		@Override
		public void act(Run run) {
			run.kase.waiveHearing(run.by(OFFICER), List.of(10L), null, run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.hearingWaived = true;
		}

	}

	record HoldHearing(int noticedDaysAgo, boolean documented) implements Step {

		@Override
		public void act(Run run) {
			run.kase.holdHearing(run.by(OFFICER), hearing(run), run.rules);
		}

		private Hearing hearing(Run run) {
			return new Hearing(run.today.minusDays(this.noticedDaysAgo), "主持人", 11L, this.documented ? 12L : null);
		}

		@Override
		public void accepted(Run run) {
			run.check(!run.today.isBefore(WEEKDAYS.addWorkingDays(hearing(run).noticeServedOn(), 7)),
					"hearing noticed less than seven working days before");
			run.check(this.documented, "hearing without record and report");
			run.hearingHeld = true;
		}

	}

	record Review(int fine, boolean complex) implements Step {

		@Override
		public void act(Run run) {
			run.kase.submitForLegalReview(run.by(OFFICER), run.decision(this.fine, this.complex), 1L, run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.reviewed = run.decision(this.fine, this.complex).digest();
			run.review.pass(run.decision(this.fine, this.complex));
		}

	}

	record Discuss(int fine, boolean complex, boolean agreed) implements Step {

		@Override
		public void act(Run run) {
			run.kase.recordDiscussion(run.by(HEAD), run.decision(this.fine, this.complex).digest(), this.agreed,
					List.of(13L), null, run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.discussed = this.agreed ? run.decision(this.fine, this.complex).digest() : null;
		}

	}

	record Decide(int fine, boolean complex, boolean head) implements Step {

		@Override
		public void act(Run run) {
			run.kase.decide(run.by(this.head ? HEAD : OFFICER), run.decision(this.fine, this.complex), List.of(14L),
					run.rules);
		}

		@Override
		public void accepted(Run run) {
			ProposedDecision decision = run.decision(this.fine, this.complex);
			run.check(this.head, "decided by someone other than the agency head");
			run.check(run.notified != null && run.served != null, "decided without a served notice");
			if (run.served != null) {
				boolean elapsed = run.today.isAfter(WEEKDAYS.addWorkingDays(run.served, 5));
				boolean waived = run.statementWaived && (!run.offered || run.hearingWaived);
				run.check(elapsed || waived, "decided within the notice's defence period without a waiver");
			}
			run.check(run.hearingRequested == null || run.hearingHeld || run.hearingWaived,
					"decided with a requested hearing neither held nor waived");
			if (run.notified != null) {
				run.check(
						!decision.fine().isGreaterThan(run.notified.fine())
								&& run.notified.actions().containsAll(decision.actions()),
						"decided heavier than notified");
			}
			run.check(!CaseFixtures.FakeReview.required(decision) || run.review.passed.contains(decision.digest()),
					"decided without a passed review of that content");
			run.check(run.offered || !decision.fine().isGreaterThan(Money.yuan(200_000)),
					"decided with the hearing right not offered");
			run.check(run.reviewed == null || run.reviewed.equals(decision.digest()), "decided other than reviewed");
			boolean discussion = this.complex || decision.amount().isGreaterThan(Money.yuan(499_999));
			run.check(!discussion || decision.digest().equals(run.discussed),
					"decided without an agreeing collective discussion of that content");
		}

	}

	record Serve(ServiceMode mode) implements Step {

		@Override
		public void act(Run run) {
			run.kase.serve(run.by(OFFICER), new ServiceRecord(this.mode, 15L, null, null, null), List.of(), run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.decisionServed = (this.mode == ServiceMode.ANNOUNCEMENT) ? run.today.plusDays(30) : run.today;
		}

	}

	record PayOnSpot(int handedInAfter) implements Step {

		@Override
		public void act(Run run) {
			run.kase.recordPayment(run.by(OFFICER), Money.yuan(100), run.today.plusDays(this.handedInAfter),
					List.of(16L), run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.check(!run.revoked, "paid under a revoked decision");
		}

	}

	record GrantPlan(boolean head) implements Step {

		@Override
		public void act(Run run) {
			Money owed = run.kase.principal();
			BigDecimal half = owed.amount().subtract(run.kase.paid().amount()).divide(BigDecimal.valueOf(2));
			run.kase.grantPaymentPlan(run.by(this.head ? HEAD : OFFICER),
					List.of(new Instalment(run.today.plusDays(30), half), new Instalment(run.today.plusDays(60), half)),
					List.of(18L, 19L), run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.check(this.head, "payment plan approved by someone other than the agency head");
			run.check(!run.revoked, "payment plan under a revoked decision");
		}

	}

	record ApplyForRemedy(Remedy.Kind kind) implements Step {

		@Override
		public void act(Run run) {
			run.kase.applyForRemedy(run.by(OFFICER), this.kind, 20L, run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.remedyPending = true;
		}

	}

	record RemedyOutcome(Remedy.Outcome outcome) implements Step {

		@Override
		public void act(Run run) {
			run.kase.recordRemedyOutcome(run.by(OFFICER), this.outcome, CaseFixtures.fine(10_000), "复议机关认为", 21L,
					run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.check(run.remedyPending, "outcome of a remedy never applied for");
			run.remedyPending = false;
			run.revoked |= this.outcome.revokes();
		}

	}

	record Remind() implements Step {

		@Override
		public void act(Run run) {
			run.kase.remind(run.by(OFFICER), List.of(22L), run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.check(!run.revoked, "reminded under a revoked decision");
			run.reminded = run.today;
		}

	}

	record ApplyToCourt() implements Step {

		@Override
		public void act(Run run) {
			run.kase.applyToCourt(run.by(HEAD), List.of(23L), run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.check(run.reminded != null && run.today.isAfter(WEEKDAYS.addWorkingDays(run.reminded, 10)),
					"court application less than ten working days after the reminder");
			run.check(!run.remedyPending, "court application while a remedy is pending");
			LocalDate periodEnd = run.decisionServed.plusMonths(6);
			run.check(run.today.isAfter(periodEnd), "court application before the remedy period ended");
			run.check(!run.today.isAfter(WEEKDAYS.addWorkingDays(periodEnd.plusMonths(3).minusDays(1), 1)),
					"court application later than three months after the remedy period");
		}

	}

	record CourtRuling() implements Step {

		@Override
		public void act(Run run) {
			run.kase.recordCourtRuling(run.by(OFFICER), true, 24L, null, run.rules);
		}

		@Override
		public void accepted(Run run) {
			run.courtRuled = true;
		}

	}

	record Pay(boolean full) implements Step {

		@Override
		public void act(Run run) {
			Money due = run.kase.decided() == null ? Money.yuan(1) : run.kase.decided().fine();
			run.kase.recordPayment(run.by(OFFICER), this.full ? due : Money.yuan(1), List.of(16L), run.rules);
		}

	}

	record Close() implements Step {

		@Override
		public void act(Run run) {
			Stage before = run.kase.stage();
			run.kase.close(run.by(OFFICER), List.of(17L), run.rules);
			if (before == Stage.SERVED) {
				run.check(!run.remedyPending, "closed while a remedy is pending");
				run.check(run.revoked || run.courtRuled || !run.kase.principal().isGreaterThan(run.kase.paid()),
						"closed with the penalty unpaid");
			}
		}

	}

	record Archive() implements Step {

		@Override
		public void act(Run run) {
			run.kase.archive(run.by(OFFICER), List.of(), run.rules);
		}

	}

	record NotPunish(boolean head) implements Step {

		@Override
		public void act(Run run) {
			run.kase.notPunish(run.by(this.head ? HEAD : OFFICER), "违法行为轻微并及时改正", List.of(), run.rules);
		}

	}

	record Transfer() implements Step {

		@Override
		public void act(Run run) {
			run.kase.transfer(run.by(OFFICER), "涉嫌犯罪", List.of(), run.rules);
		}

	}

	record Revoke() implements Step {

		@Override
		public void act(Run run) {
			run.kase.revokeFiling(run.by(OFFICER), "不符合立案条件", List.of(), run.rules);
		}

	}

	record Terminate() implements Step {

		@Override
		public void act(Run run) {
			run.kase.terminateInvestigation(run.by(OFFICER), "当事人死亡", List.of(), run.rules);
		}

	}

	record Suspend() implements Step {

		@Override
		public void act(Run run) {
			run.kase.suspend(run.by(OFFICER), "等待鉴定", List.of(), run.rules);
		}

	}

	record Resume() implements Step {

		@Override
		public void act(Run run) {
			run.kase.resume(run.by(OFFICER), List.of(), run.rules);
		}

	}

}
