package io.edubureau.reports;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TextBlockVersionRepository extends JpaRepository<TextBlockVersion, Long> {

	List<TextBlockVersion> findByOwnerKeyAndYearAndLanguageOrderBySectionAscVersionNoDesc(String ownerKey, int year,
			String language);

	List<TextBlockVersion> findByOwnerKeyAndYearAndSectionAndLanguageOrderByVersionNoDesc(String ownerKey, int year,
			SummarySection section, String language);

}
