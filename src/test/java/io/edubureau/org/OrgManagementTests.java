package io.edubureau.org;

import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EduBureauTest
class OrgManagementTests {

	@Autowired
	OrgManagement org;

	@Autowired
	TestAccounts accounts;

	County county;

	@BeforeEach
	void setUp() {
		county = accounts.county();
	}

	@Test
	void subtreeScopeSeesItsSchoolAndTeachingPointOnly() {
		DataScope school = DataScope.unitAndBelow(county.schoolA().id());
		var page = org.list(school, UnitFilter.none(), PageRequest.of(0, 50));
		assertThat(page.getContent()).extracting(UnitView::code)
			.containsExactlyInAnyOrder(county.schoolA().code(), county.pointA().code());
		assertThatThrownBy(() -> org.get(school, county.schoolB().id())).isInstanceOf(NotFound.class);
	}

	@Test
	void bureauScopeSeesWholeCounty() {
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		var page = org.list(bureau, UnitFilter.none(), PageRequest.of(0, 50));
		assertThat(page.getTotalElements()).isEqualTo(6);
	}

	@Test
	void scopeWithoutUnitSeesNothing() {
		var page = org.list(new DataScope(ScopeKind.UNIT_AND_BELOW, null, null), UnitFilter.none(),
				PageRequest.of(0, 50));
		assertThat(page.getTotalElements()).isZero();
	}

	@Test
	void movingASchoolMovesItsTeachingPoint() {
		UnitView moved = accounts.asSystem(() -> {
			UnitForm form = new UnitForm(county.schoolA().code(), county.schoolA().name(), null, UnitType.SCHOOL,
					county.bureau().code(), Set.of(Stage.PRIMARY), Ownership.PUBLIC, Locality.RURAL, null, false, null,
					null, null);
			return org.update(DataScope.all(), county.schoolA().id(), form);
		});
		assertThat(moved.path()).isEqualTo(county.bureau().path() + county.schoolA().id() + "/");
		UnitView point = org.get(DataScope.all(), county.pointA().id());
		assertThat(point.path()).isEqualTo(moved.path() + point.id() + "/");
		assertThat(point.depth()).isEqualTo(2);
	}

	@Test
	void aUnitCannotMoveBelowItself() {
		UnitForm form = new UnitForm(county.office().code(), county.office().name(), null, UnitType.TOWNSHIP_OFFICE,
				county.schoolA().code(), Set.of(), null, null, null, false, null, null, null);
		assertThatThrownBy(() -> accounts.asSystem(() -> org.update(DataScope.all(), county.office().id(), form)))
			.isInstanceOf(Rejection.class);
	}

}
