package io.edubureau.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one staff data-scope rule ({@link StaffScope}): its Criteria predicate and its JPQL
 * condition find the same people for every kind of scope, and each kind finds exactly the
 * people it should among a county's (the whole installation, a unit and the units below
 * it, one unit, one's own record, and the fail-closed scopes).
 */
@EduBureauTest
class StaffScopeTests {

	@Autowired
	StaffManagement staff;

	@Autowired
	StaffRepository people;

	@Autowired
	OrgManagement org;

	@Autowired
	EntityManager em;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TransactionTemplate transactions;

	StaffView person(String name, String unitCode) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1985, 3, 3), true), name, unitCode)));
	}

	/** The ids among {@code ours} that the scope finds, by the Criteria predicate. */
	Set<Long> byCriteria(DataScope scope, List<Long> ours) {
		StaffScope seen = StaffScope.of(scope, org);
		return transactions.execute(status -> new TreeSet<>(
				people.findAll(seen.specification().and((root, q, cb) -> root.get("id").in(ours)))
					.stream()
					.map(StaffMember::getId)
					.toList()));
	}

	/** The ids among {@code ours} that the scope finds, by the JPQL condition. */
	Set<Long> byJpql(DataScope scope, List<Long> ours) {
		StaffScope.Condition where = StaffScope.of(scope, org).condition();
		return transactions.execute(status -> {
			TypedQuery<Long> query = em.createQuery(
					"select s.id from StaffMember s where " + where.where() + " and s.id in :ours", Long.class);
			where.parameters().forEach(query::setParameter);
			return new TreeSet<>(query.setParameter("ours", ours).getResultList());
		});
	}

	@Test
	void bothFormsFindTheSamePeopleForEveryKindOfScope() {
		County county = accounts.county();
		County elsewhere = accounts.county();
		String tag = TestAccounts.uniqueCode();
		StaffView a = person("范围甲" + tag, county.schoolA().code());
		StaffView pointA = person("范围点" + tag, county.pointA().code());
		StaffView b = person("范围乙" + tag, county.schoolB().code());
		StaffView far = person("范围外" + tag, elsewhere.schoolA().code());
		List<Long> ours = List.of(a.id(), pointA.id(), b.id(), far.id());

		record Expected(DataScope scope, Set<Long> ids, boolean nobody, boolean unitBound) {
		}
		List<Expected> cases = List.of(
				new Expected(DataScope.all(), Set.of(a.id(), pointA.id(), b.id(), far.id()), false, false),
				new Expected(DataScope.unitAndBelow(county.bureau().id()), Set.of(a.id(), pointA.id(), b.id()), false,
						true),
				new Expected(DataScope.unitAndBelow(county.schoolA().id()), Set.of(a.id(), pointA.id()), false, true),
				// a unit alone: not the teaching point below it
				new Expected(DataScope.unit(county.schoolA().id()), Set.of(a.id()), false, true),
				new Expected(new DataScope(ScopeKind.SELF, county.schoolB().id(), b.id()), Set.of(b.id()), false,
						false),
				// fail-closed: no own record, no unit, a unit that does not exist
				new Expected(new DataScope(ScopeKind.SELF, county.schoolB().id(), null), Set.of(), true, false),
				new Expected(new DataScope(ScopeKind.UNIT_AND_BELOW, null, null), Set.of(), true, false),
				new Expected(new DataScope(ScopeKind.UNIT, null, null), Set.of(), true, false),
				new Expected(DataScope.unitAndBelow(Long.MAX_VALUE), Set.of(), true, false));
		for (Expected c : cases) {
			assertThat(byCriteria(c.scope(), ours)).as("Criteria, %s", c.scope()).isEqualTo(new TreeSet<>(c.ids()));
			assertThat(byJpql(c.scope(), ours)).as("JPQL, %s", c.scope()).isEqualTo(new TreeSet<>(c.ids()));
			StaffScope seen = StaffScope.of(c.scope(), org);
			assertThat(seen.seesNobody()).as("sees nobody, %s", c.scope()).isEqualTo(c.nobody());
			assertThat(seen.unitBound()).as("unit-bound, %s", c.scope()).isEqualTo(c.unitBound());
		}
	}

	@Test
	void theFiguresPartsOfAScopeThatSeesNobodyAreOneEmptyCondition() {
		StaffScope nobody = StaffScope.of(new DataScope(ScopeKind.SELF, null, null), org);
		assertThat(nobody.condition().where()).isEqualTo("1 = 0");
		assertThat(nobody.onPosting()).isEqualTo("1 = 0");
		StaffScope unit = StaffScope.of(DataScope.unit(accounts.county().schoolA().id()), org);
		assertThat(unit.onPosting()).isEqualTo("sp.unitId = :scopeUnit");
		assertThat(unit.condition().parameters()).containsKey("scopeUnit");
	}

}
