package org.sanxiang.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.core.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The org tree of enforcement agencies and their departments, for every module. */
@Service
public class AgencyDirectory {

	private final AgencyRepository agencies;

	private final DepartmentRepository departments;

	private final ApplicationEventPublisher events;

	AgencyDirectory(AgencyRepository agencies, DepartmentRepository departments, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.departments = departments;
		this.events = events;
	}

	public Agency agency(long id) {
		return this.agencies.findById(id).orElseThrow(() -> RuleViolation.notFound("执法主体"));
	}

	/** Whether the department is its agency's legal-review unit (法制审核机构). */
	public boolean isLegalReviewUnit(long departmentId) {
		return this.departments.findById(departmentId)
			.map((department) -> department.kind() == DepartmentKind.LEGAL_REVIEW)
			.orElse(false);
	}

	public List<Agency> all() {
		return this.agencies.findAllInTreeOrder();
	}

	public List<Agency> within(DataScope scope) {
		return all().stream().filter((agency) -> scope.includes(agency.id())).toList();
	}

	public List<Department> departments(long agencyId) {
		return this.departments.findByAgencyIdOrderById(agencyId);
	}

	public Department department(long id) {
		return this.departments.findById(id).orElseThrow(() -> RuleViolation.notFound("内设机构"));
	}

	DataScope scopeFor(Agency agency, Collection<Role> roles) {
		if (roles.stream().anyMatch(Role::seesSubtree)) {
			Set<Long> ids = this.agencies.findSubtree(agency.path())
				.stream()
				.map(Agency::id)
				.collect(Collectors.toSet());
			return new DataScope(ids);
		}
		return new DataScope(Set.of(agency.id()));
	}

	@Transactional
	public Agency createRoot(String code, String name, String shortName, String regionCode) {
		return publishCreated(this.agencies.save(Agency.root(code, name, shortName, regionCode)));
	}

	@Transactional
	public Agency createChild(long parentId, String code, String name, String shortName, String regionCode,
			DataScope scope) {
		if (!scope.includes(parentId)) {
			throw RuleViolation.notFound("上级执法主体");
		}
		Agency child = agency(parentId).child(code, name, shortName, regionCode);
		return publishCreated(this.agencies.save(child));
	}

	@Transactional
	public Department createDepartment(long agencyId, String name, DepartmentKind kind, DataScope scope) {
		if (!scope.includes(agencyId)) {
			throw RuleViolation.notFound("执法主体");
		}
		Department saved = this.departments.save(Department.of(agencyId, name, kind));
		this.events.publishEvent(new IdentityEvents.DepartmentCreated(saved.id(), agencyId, name));
		return saved;
	}

	/**
	 * Records an agency's 统一社会信用代码 (blank clears it): refused when it fails the GB 32100
	 * check or another agency already has it.
	 */
	@Transactional
	public Agency assignCreditCode(long agencyId, String raw, DataScope scope) {
		if (!scope.includes(agencyId)) {
			throw RuleViolation.notFound("执法主体");
		}
		Agency agency = agency(agencyId).assignCreditCode(raw);
		String code = agency.creditCode();
		if (code != null
				&& this.agencies.findByCreditCode(code).filter((other) -> !other.id().equals(agencyId)).isPresent()) {
			throw new RuleViolation("AGENCY_CREDIT_CODE_TAKEN", "该统一社会信用代码已登记给另一执法主体");
		}
		Agency saved = this.agencies.save(agency);
		this.events.publishEvent(new IdentityEvents.AgencyCreditCodeAssigned(saved.id(), saved.name(), code));
		return saved;
	}

	private Agency publishCreated(Agency agency) {
		this.events.publishEvent(new IdentityEvents.AgencyCreated(agency.id(), agency.code(), agency.name()));
		return agency;
	}

}
