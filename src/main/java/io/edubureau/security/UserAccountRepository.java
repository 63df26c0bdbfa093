package io.edubureau.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select u from UserAccount u join u.roles r where r.id = :roleId")
	List<UserAccount> findByRole(@Param("roleId") long roleId);

	// '!' escapes % and _ in the pattern: a backslash is itself an escape in MariaDB
	// literals.
	@Query("select u from UserAccount u where (:q is null or lower(u.username) like :q escape '!'"
			+ " or lower(u.displayName) like :q escape '!')")
	Page<UserAccount> search(@Param("q") String likePattern, Pageable pageable);

}
