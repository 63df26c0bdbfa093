package io.edubureau.awards;

import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.StaffManagement;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test data for the awards tests: annual appraisals recorded as the bureau would. */
final class AwardsFixtures {

	private AwardsFixtures() {
	}

	/**
	 * A competent appraisal (ethics passed) for each year from {@code from} to
	 * {@code to}.
	 */
	static void appraisals(StaffManagement staff, long staffId, int from, int to) {
		for (int year = from; year <= to; year++) {
			appraisal(staff, staffId, year, AppraisalResult.COMPETENT);
		}
	}

	static void appraisal(StaffManagement staff, long staffId, int year, AppraisalResult result) {
		asFileOfficer(() -> staff.addFileEntry(DataScope.all(), staffId, FileCategory.APPRAISALS,
				Map.of("year", year, "result", result.name(), "ethics", "PASSED")));
	}

	// Writing a file entry checks the caller's permission; the fixture acts as an
	// officer.
	static <T> T asFileOfficer(java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null,
				List.of(new SimpleGrantedAuthority("staff:file:update"),
						new SimpleGrantedAuthority("staff:appraisal:update"))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
