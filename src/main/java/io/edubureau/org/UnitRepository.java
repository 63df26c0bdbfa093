package io.edubureau.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long>, JpaSpecificationExecutor<Unit> {

	Optional<Unit> findByCode(String code);

	List<Unit> findByCodeIn(Collection<String> codes);

	boolean existsByCode(String code);

	boolean existsByParentIdAndStatus(Long parentId, UnitStatus status);

	List<Unit> findByParentIdOrderByTypeAscCodeAsc(Long parentId);

	List<Unit> findByParentIdIsNullOrderByCodeAsc();

	// Units with their parent's code, in one statement (for labels).
	@Query("select u, p.code from Unit u left join Unit p on p.id = u.parentId where u.id in :ids")
	List<Object[]> findWithParentCode(@Param("ids") Collection<Long> ids);

	@Query("select u.parentId, count(u) from Unit u where u.parentId in :ids group by u.parentId")
	List<Object[]> countChildren(@Param("ids") Collection<Long> ids);

	// Moves a subtree: every path below the old prefix gets the new prefix.
	@Modifying
	@Query("update Unit u set u.path = concat(:newPrefix, substring(u.path, length(:oldPrefix) + 1)),"
			+ " u.depth = u.depth + :depthDelta where u.path like concat(:oldPrefix, '%') and u.path <> :oldPrefix")
	int movePaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix,
			@Param("depthDelta") int depthDelta);

}
