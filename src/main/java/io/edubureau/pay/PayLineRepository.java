package io.edubureau.pay;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PayLineRepository extends JpaRepository<PayLine, Long> {

	List<PayLine> findByMonthIdAndRunNumberAndStaffIdOrderByIdAsc(long monthId, int runNumber, long staffId);

	@Query("select l from PayLine l where l.monthId = :monthId and l.runNumber = :run and l.unitPath like :path"
			+ " and (:unitId is null or l.unitId = :unitId) order by l.unitId, l.staffId, l.id")
	List<PayLine> linesOf(long monthId, int run, String path, Long unitId);

	/** Per person of a month's run in the scope: staff id, gross. */
	@Query("select l.staffId, sum(l.amountFen) from PayLine l where l.monthId = :monthId and l.runNumber = :run"
			+ " and l.unitPath like :path and (:unitId is null or l.unitId = :unitId) group by l.staffId")
	List<Object[]> grossByPerson(long monthId, int run, String path, Long unitId);

	/**
	 * Per locked month of the list, in the scope: total, people, and the same for
	 * compulsory-education teachers — one grouped read.
	 */
	@Query("select l.monthId, l.compulsoryTeacher, sum(l.amountFen), count(distinct l.staffId) from PayLine l, PayMonth m"
			+ " where l.monthId = m.id and l.runNumber = m.runNumber and m.id in :monthIds and l.unitPath like :path"
			+ " and (:unitId is null or l.unitId = :unitId) group by l.monthId, l.compulsoryTeacher")
	List<Object[]> totals(Collection<Long> monthIds, String path, Long unitId);

	/** Sum and distinct people of one line code over the months, in the scope. */
	@Query("select sum(l.amountFen), count(distinct l.staffId) from PayLine l, PayMonth m where l.monthId = m.id"
			+ " and l.runNumber = m.runNumber and m.id in :monthIds and l.code = :code and l.unitPath like :path"
			+ " and (:unitId is null or l.unitId = :unitId)")
	List<Object[]> codeTotal(Collection<Long> monthIds, PayLineCode code, String path, Long unitId);

	/**
	 * Per unit over the months, in the scope: unit id, total, people (distinct), for the
	 * figures' lineage; {@code code} null for every line, {@code compulsory} null for all
	 * people.
	 */
	@Query("select l.unitId, sum(l.amountFen), count(distinct l.staffId) from PayLine l, PayMonth m"
			+ " where l.monthId = m.id and l.runNumber = m.runNumber and m.id in :monthIds and l.unitPath like :path"
			+ " and (:unitId is null or l.unitId = :unitId) and (:code is null or l.code = :code)"
			+ " and (:compulsory is null or l.compulsoryTeacher = :compulsory) group by l.unitId order by l.unitId")
	List<Object[]> byUnit(Collection<Long> monthIds, String path, Long unitId, PayLineCode code, Boolean compulsory);

	/**
	 * The annual report: per unit, person and line code over the locked months, in the
	 * scope: unit id, staff id, code, sum.
	 */
	@Query("select l.unitId, l.staffId, l.code, sum(l.amountFen) from PayLine l, PayMonth m"
			+ " where l.monthId = m.id and l.runNumber = m.runNumber and m.id in :monthIds and l.unitPath like :path"
			+ " and (:unitId is null or l.unitId = :unitId) group by l.unitId, l.staffId, l.code")
	List<Object[]> annualAmounts(Collection<Long> monthIds, String path, Long unitId);

	/** Per unit and person: the months paid there (person-months). */
	@Query("select l.unitId, l.staffId, count(distinct l.monthId) from PayLine l, PayMonth m"
			+ " where l.monthId = m.id and l.runNumber = m.runNumber and m.id in :monthIds and l.unitPath like :path"
			+ " and (:unitId is null or l.unitId = :unitId) group by l.unitId, l.staffId")
	List<Object[]> annualPersonMonths(Collection<Long> monthIds, String path, Long unitId);

	/** Per unit and person: the adjustment lines that paid approved back pay. */
	@Query("select l.unitId, l.staffId, sum(l.amountFen) from PayLine l, PayMonth m"
			+ " where l.monthId = m.id and l.runNumber = m.runNumber and m.id in :monthIds and l.unitPath like :path"
			+ " and (:unitId is null or l.unitId = :unitId) and l.code = :code and l.reasons like :reason"
			+ " group by l.unitId, l.staffId")
	List<Object[]> annualBackPaid(Collection<Long> monthIds, String path, Long unitId, PayLineCode code, String reason);

}
