package io.edubureau.reports;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrozenBookRepository extends JpaRepository<FrozenBook, Long> {

	Optional<FrozenBook> findFirstByYearAndScopeKeyAndStateOrderByIdDesc(int year, String scopeKey,
			FrozenBook.State state);

}
