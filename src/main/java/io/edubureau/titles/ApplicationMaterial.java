package io.edubureau.titles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One item of an application's materials checklist. */
@Entity
@Table(name = "titles_material")
class ApplicationMaterial {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "titles_material_seq")
	@SequenceGenerator(name = "titles_material_seq", sequenceName = "titles_material_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private TitleMaterial item;

	@Column(nullable = false)
	private boolean provided;

	@Column(length = 200)
	private String note;

	protected ApplicationMaterial() {
	}

	ApplicationMaterial(Long applicationId, TitleMaterial item) {
		this.applicationId = applicationId;
		this.item = item;
	}

	void set(boolean provided) {
		this.provided = provided;
	}

	TitleMaterial getItem() {
		return item;
	}

	boolean isProvided() {
		return provided;
	}

}
