package io.edubureau.reports;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TextBlockVersionRepository extends JpaRepository<TextBlockVersion, Long> {

	List<TextBlockVersion> findByYearAndLanguageOrderBySectionAscVersionNoDesc(int year, String language);

	List<TextBlockVersion> findByYearAndSectionAndLanguageOrderByVersionNoDesc(int year, SummarySection section,
			String language);

}
